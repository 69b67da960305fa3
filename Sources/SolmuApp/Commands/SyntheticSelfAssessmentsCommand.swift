import Fluent
import Vapor

/// `solmu synthetic-self-assessments --count 100000`: completed self-assessments for the peer-comparison benchmark
/// (never on a production database). Prints one assessment's private link secret and an admin's API token last.
struct SyntheticSelfAssessmentsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "count", help: "How many assessed platforms (default 100000).") var count: Int?
        @Option(name: "seed", help: "Random seed (default 11).") var seed: Int?
    }

    var help: String { "Adds synthetic completed self-assessments for benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let result = try await SyntheticSelfAssessments(database: app.db).fill(count: signature.count ?? 100_000, seed: UInt64(signature.seed ?? 11))
        context.console.print(
            String(format: "Added %d completed self-assessments with %d answers in %.1f s.", result.assessments, result.answers, result.seconds))
        context.console.print("token \(result.token)")
        context.console.print("admin \(result.adminToken)")
    }
}
