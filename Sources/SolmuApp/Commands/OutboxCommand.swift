import Fluent
import Vapor

/// `solmu outbox deliver`: hands what waits in the e-mail outbox to `SOLMU_SENDMAIL` (from cron, or after fixing the
/// mail program); `solmu outbox status` tells how many wait and how many failed for good.
struct OutboxCommand: AsyncCommandGroup {
    var help: String { "Delivers and inspects the e-mail outbox." }
    var commands: [String: any AnyAsyncCommand] { ["deliver": DeliverOutboxCommand(), "status": OutboxStatusCommand()] }
}

struct DeliverOutboxCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Delivers waiting mail through SOLMU_SENDMAIL." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let program = app.solmu.sendmail else {
            context.console.error("Set SOLMU_SENDMAIL to the mail program, e.g. \"/usr/sbin/sendmail -t -i\".")
            throw ExitCode(1)
        }
        let sent = await app.mailDelivery.run(program: program, database: app.db, logger: app.logger)
        context.console.print("Delivered \(sent) messages.")
    }
}

struct OutboxStatusCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Counts the mail waiting, and the mail given up on after repeated failures." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let waiting = try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).filter(\.$attempts < MailDelivery.maximumAttempts).count()
        let failed = try await OutboxMail.query(on: app.db).filter(\.$sentAt == nil).filter(\.$attempts >= MailDelivery.maximumAttempts).count()
        context.console.print("Waiting: \(waiting). Given up after \(MailDelivery.maximumAttempts) attempts: \(failed).")
    }
}
