import Fluent
import Vapor

/// `solmu migrate [--yes] [--revert]`: Fluent's migrate, but usable from a script: `--yes` answers its question, and
/// without a terminal to ask on it says so and stops instead of crashing at the prompt (see `CommandContext.confirm`).
struct SolmuMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "revert", help: "Revert the last batch of migrations.") var revert: Bool
    }

    var help: String { "Prepares (or reverts) the database's migrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let migrator = context.application.migrator
        try await migrator.setupIfNeeded().get()
        let pending =
            signature.revert
            ? try await migrator.previewRevertLastBatch().get().map { $0.0.name }
            : try await migrator.previewPrepareBatch().get().map { $0.0.name }
        guard !pending.isEmpty else {
            context.console.print(signature.revert ? "No migrations to revert." : "No new migrations.")
            try await DatabaseTuning.apply(context.application.db)
            return
        }
        context.console.print((signature.revert ? "To revert: " : "To prepare: ") + pending.joined(separator: ", "))
        guard try context.confirm("Continue?", withoutTerminal: "No terminal to ask on: run `solmu migrate --yes` to migrate without asking.") else {
            context.console.warning("Nothing was changed.")
            return
        }
        if signature.revert {
            try await migrator.revertLastBatch().get()
        } else {
            try await migrator.prepareBatch().get()
            try await DatabaseTuning.apply(context.application.db)
        }
        context.console.success("Done: \(pending.count) migration(s).")
    }
}
