import Foundation
import Vapor

/// `solmu person export|erase --email …`: a person's data (GDPR articles 15 and 17).
struct PersonCommand: AsyncCommandGroup {
    var help: String { "Exports or erases everything Solmu holds about one person." }
    var commands: [String: any AnyAsyncCommand] { ["export": ExportPersonCommand(), "erase": ErasePersonCommand()] }

    /// The `--email` both subcommands need, or their one message and status 1.
    static func email(_ given: String?, _ context: CommandContext) throws -> String {
        guard let given, !given.isEmpty else {
            context.console.error("Name the person with --email.")
            throw ExitCode(1)
        }
        return given
    }
}

struct ExportPersonCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The person's e-mail address.") var email: String?
    }

    var help: String { "Prints everything Solmu holds about the person as JSON." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let email = try PersonCommand.email(signature.email, context)
        let export = try await PersonalDataExport.collect(email: email, on: context.application.db)
        context.console.output(String(decoding: try PersonalDataJSON.encoder.encode(export), as: UTF8.self).consoleText())
    }
}

struct ErasePersonCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The person's e-mail address.") var email: String?
    }

    var help: String { "Erases or pseudonymises everything Solmu holds about the person." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let email = try PersonCommand.email(signature.email, context)
        guard
            try context.confirm(
                "Erase everything Solmu holds about \(email)? This cannot be undone.",
                withoutTerminal: "No terminal to ask on: run `solmu person erase --yes --email …`.")
        else { return }
        let summary = try await PersonalDataErasure.erase(email: email, on: context.application.db)
        context.console.success("Erased: \(summary)")
    }
}

enum PersonalDataJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
