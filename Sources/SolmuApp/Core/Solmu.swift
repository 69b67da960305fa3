import Fluent
import Vapor

public enum Solmu {
    /// `serve` (also when no command is given) migrates the database first. Demo data is loaded only when asked for
    /// with `serve --demo`, and only into an empty database: a production database is never filled by accident.
    /// `--demo` is Solmu's own flag, taken out of the arguments before Vapor's `serve` reads them.
    public static func prepareForServing(_ app: Application) async throws {
        var arguments = app.environment.arguments
        let demo = arguments.contains("--demo")
        arguments.removeAll { $0 == "--demo" }
        app.environment.arguments = arguments
        let command = arguments.dropFirst().first
        let serving = command == nil || command == "serve" || command?.hasPrefix("-") == true
        guard serving, !arguments.contains(where: { $0 == "--help" || $0 == "-h" }) else { return }
        try await app.autoMigrate()
        try await DatabaseTuning.apply(app.db)
        if demo, try await DemoData.isDatabaseEmpty(app.db) {
            let counts = try await DemoData.load(on: app.db)
            app.logger.notice("Loaded demo data: \(counts.organizations) organisations, \(counts.people) people, \(counts.networks) networks")
        }
        Maintenance.scheduleDaily(app)
    }
}
