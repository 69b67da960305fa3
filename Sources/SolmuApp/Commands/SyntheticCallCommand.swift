import Fluent
import Vapor

/// `solmu synthetic-call --applications 1000 --reviewers 5`: a synthetic call for the ranking benchmark (never on a
/// production database). Prints the call's id and an API token of its office last, for the benchmark script.
struct SyntheticCallCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "applications", help: "How many applications (default 1000).") var applications: Int?
        @Option(name: "reviewers", help: "How many reviewers assess every application (default 5).") var reviewers: Int?
        @Option(name: "seed", help: "Random seed (default 7).") var seed: Int?
    }

    var help: String { "Adds a synthetic call with assessed applications for benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let result = try await SyntheticCall(database: app.db)
            .fill(applications: signature.applications ?? 1_000, reviewers: signature.reviewers ?? 5, seed: UInt64(signature.seed ?? 7))
        context.console.print(
            String(format: "Added %d applications and %d submitted assessments in %.1f s.", result.applications, result.assessments, result.seconds))
        context.console.print("call \(result.callID)")
        context.console.print("token \(result.officeToken)")
    }
}
