import Fluent
import Vapor

/// `solmu synthetic-programme --projects 2000 --reports 200000`: a synthetic programme for the dashboard benchmark
/// (never on a production database). Prints the programme's id last, for the benchmark script.
struct SyntheticProgrammeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "projects", help: "How many projects (default 2000); five implementers each.") var projects: Int?
        @Option(name: "reports", help: "How many indicator reports (default 200000).") var reports: Int?
        @Option(name: "seed", help: "Random seed (default 7).") var seed: Int?
    }

    var help: String { "Adds a synthetic programme with projects, implementers and indicator reports for benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let result = try await SyntheticProgramme(database: app.db)
            .fill(projects: signature.projects ?? 2_000, reports: signature.reports ?? 200_000, seed: UInt64(signature.seed ?? 7)) {
                context.console.print($0)
            }
        context.console.print(
            String(
                format: "Added %d projects, %d implementers and %d reports in %.1f s.", result.projects, result.implementers, result.reports,
                result.seconds))
        context.console.print("programme \(result.programmeID)")
    }
}
