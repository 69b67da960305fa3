import Fluent
import Vapor

public enum Solmu {
    /// `serve` (also when no command is given) migrates and loads the demo data into an empty
    /// database first, so that the README's one command gives a working Solmu.
    public static func prepareForServing(_ app: Application) async throws {
        let command = app.environment.arguments.dropFirst().first
        guard command == nil || command == "serve" || command?.hasPrefix("-") == true else { return }
        try await app.autoMigrate()
        try await DatabaseTuning.apply(app.db)
        if try await DemoData.isDatabaseEmpty(app.db) {
            let counts = try await DemoData.load(on: app.db)
            app.logger.notice("Loaded demo data: \(counts.organizations) organisations, \(counts.people) people, \(counts.networks) networks")
        }
    }
}
