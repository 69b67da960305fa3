import Fluent
import Vapor

/// `solmu token create --email … [--label …]`: prints a new API token for the user, once.
struct TokenCommand: AsyncCommandGroup {
    var help: String { "Manages API tokens." }
    var commands: [String: any AnyAsyncCommand] { ["create": CreateTokenCommand()] }
}

struct CreateTokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Whose token it is.") var email: String?
        @Option(name: "label", help: "What the token is for, e.g. the program's name.") var label: String?
    }

    var help: String { "Creates an API token for a user and prints it." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let email = signature.email,
              let user = try await User.query(on: app.db).filter(\.$email == User.normalize(email: email)).first() else {
            context.console.error("No user with that --email.")
            throw ExitCode(1)
        }
        let (token, plain) = try UserToken.generate(for: user, label: signature.label ?? "command line")
        try await token.create(on: app.db)
        context.console.print(plain)
    }
}
