import Fluent
import Vapor

/// `solmu synthetic --count 100000`: adds synthetic organisations for benchmarking (never on a production database).
struct SyntheticCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "count", help: "How many organisations to add (default 100000).") var count: Int?
        @Option(name: "seed", help: "Random seed (default 42); the same seed gives the same data.") var seed: Int?
    }

    var help: String { "Adds synthetic organisations for benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let count = signature.count ?? 100_000
        let seconds = try await SyntheticAtlas(database: app.db).fill(count: count, seed: UInt64(signature.seed ?? 42)) {
            context.console.print($0)
        }
        let total = try await Organization.query(on: app.db).count()
        context.console.print(
            String(format: "Added %d organisations in %.1f s (%.0f rows/s); %d in the database.", count, seconds, Double(count) / seconds, total))
    }
}
