import Fluent
import Vapor

/// `solmu demo`: loads the demo data into an empty database (after migrating it).
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Loads the demo data (from the seed documents) into an empty database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard try await DemoData.isDatabaseEmpty(app.db) else {
            context.console.error("The database already has organisations or people; demo data is only loaded into an empty one.")
            throw ExitCode(1)
        }
        let counts = try await DemoData.load(on: app.db)
        context.console.success("Loaded \(counts.organizations) organisations, \(counts.people) people and \(counts.networks) networks.")
    }
}
