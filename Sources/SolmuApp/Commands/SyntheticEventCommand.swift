import Fluent
import Vapor

/// `solmu synthetic-event --capacity 500`: an event open for registration, for the registration benchmark (never on
/// a production database). Prints the event's id and an admin's API token last, for the benchmark script.
struct SyntheticEventCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "capacity", help: "Places (default 500).") var capacity: Int?
    }

    var help: String { "Adds a synthetic event open for registration for benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let result = try await SyntheticEvent(database: app.db).fill(capacity: signature.capacity ?? 500)
        context.console.print("event \(result.eventID)")
        context.console.print("token \(result.token)")
    }
}
