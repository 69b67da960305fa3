import Fluent
import Vapor

/// `solmu backup FILE`: a consistent copy of every table while Solmu keeps serving.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup (JSON Lines).") var file: String
    }

    var help: String { "Writes every table's rows to FILE, read in one snapshot; restore it with `solmu restore FILE`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let started = Date()
        let summary = try await Backup.write(context.application.db, to: signature.file)
        context.console.success(
            "Backed up \(summary.rows) rows of \(summary.tables) tables to \(signature.file) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s."
        )
    }
}

/// `solmu restore FILE`: replaces the database's rows with the backup's (after migrating it), in one transaction.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A backup written by `solmu backup`.") var file: String
    }

    var help: String { "Replaces every row of the database with those of a backup (stop the servers first)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        try await DatabaseTuning.apply(app.db)
        guard
            try context.confirm(
                "Every row in this database will be replaced by the backup's. Continue?",
                withoutTerminal: "No terminal to ask on: run `solmu restore --yes FILE` to replace the database's contents.")
        else { return }
        let started = Date()
        let summary = try await Restore.read(signature.file, into: app.db)
        context.console.success(
            "Restored \(summary.rows) rows of \(summary.tables) tables in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
    }
}

/// `solmu copy --to postgres://…`: moves this (SQLite) installation into a PostgreSQL database, every row and sequence.
struct CopyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The PostgreSQL database to copy into (postgres://user:pass@host:5432/db); migrated first, its rows replaced.")
        var to: String?
    }

    var help: String { "Copies every row and sequence of this database into another (SQLite to PostgreSQL), through a backup file." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let url = signature.to, url.hasPrefix("postgres") else {
            context.console.error("Name the target with --to postgres://user:pass@host:5432/db.")
            throw ExitCode(1)
        }
        let app = context.application
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("solmu-copy-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let source = try await Backup.write(app.db, to: file)
        let summary = try await Copy.restore(file, into: .postgres(url: url, searchPath: nil), like: app.solmu)
        guard summary.rows == source.rows else {
            context.console.error("Copied \(summary.rows) rows but read \(source.rows).")
            throw ExitCode(1)
        }
        context.console.success("Copied \(summary.rows) rows of \(summary.tables) tables into PostgreSQL.")
    }
}

/// Restores a backup into another database: a second Solmu application configured for it migrates it first.
enum Copy {
    static func restore(_ file: String, into database: Configuration.DatabaseChoice, like configuration: Configuration) async throws -> Backup.Summary
    {
        let target = try await Application.make(.init(name: "copy", arguments: ["solmu"]))
        do {
            var config = configuration
            config.database = database
            try await configure(target, config)
            target.logger.logLevel = .warning
            try await target.autoMigrate()
            let summary = try await Restore.read(file, into: target.db)
            try await target.asyncShutdown()
            return summary
        } catch {
            try? await target.asyncShutdown()
            throw error
        }
    }
}
