import Vapor

/// `solmu purge`: what the server does daily, for cron or by hand.
struct PurgeCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Removes expired sessions, old sign-in attempts, delivered mail and cancelled registrations' personal data." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let report = try await Maintenance.purge(app.db, configuration: app.solmu)
        context.console.success("Purged: \(report)")
    }
}
