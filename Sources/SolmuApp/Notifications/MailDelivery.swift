import Fluent
import Foundation
import SQLKit
import Vapor

/// Hands the outbox to the configured sendmail-compatible program, one message at a time on its standard input.
/// A failed delivery stays in the outbox with its error and is tried again (up to `maximumAttempts`) on the next run;
/// `solmu outbox deliver` runs it by hand or from cron, and every state change starts a run in the background.
actor MailDelivery {
    static let maximumAttempts = 5
    private var running = false
    /// A kick that came while a run was under way: the run goes round once more, so mail queued just as it finished
    /// does not wait for the next kick.
    private var again = false

    /// Starts a delivery run of the application's outbox in the background (one at a time), unless no program is configured.
    nonisolated static func kick(_ app: Application) {
        guard let program = app.solmu.sendmail else { return }
        let (delivery, database, logger) = (app.mailDelivery, app.db, app.logger)
        // A task of its own, outside any write transaction of the request that started it.
        Task { await SQLiteWriters.$holding.withValue(nil) { await delivery.run(program: program, database: database, logger: logger) } }
    }

    /// Delivers what is waiting; returns how many were sent. Each mail is claimed first (see `claimNext`), so any number
    /// of senders — server instances, `solmu outbox deliver` from cron — send each mail once.
    @discardableResult
    func run(program: [String], database: any Database, logger: Logger) async -> Int {
        guard !running else {
            again = true
            return 0
        }
        running = true
        defer { running = false }
        var sent = 0
        repeat {
            again = false
            sent += await deliverWaiting(program: program, database: database, logger: logger)
        } while again
        return sent
    }

    private func deliverWaiting(program: [String], database: any Database, logger: Logger) async -> Int {
        var sent = 0
        do {
            while let mail = try await Self.claimNext(on: database) {
                do {
                    try await Self.sendOffPool(mail, program: program)
                    mail.sentAt = Date()
                    mail.lastError = nil
                    mail.claimedUntil = nil
                    sent += 1
                } catch {
                    mail.lastError = "\(error)"
                    // The claim becomes the time of the next try: a minute per attempt made, not again in this run.
                    mail.claimedUntil = Date().addingTimeInterval(60 * Double(mail.attempts))
                    logger.warning("mail \(mail.id ?? 0) not delivered: \(error)")
                }
                try await mail.save(on: database)
            }
        } catch {
            logger.error("outbox delivery stopped: \(error)")
        }
        return sent
    }

    /// How long a claim holds: a sender that dies mid-delivery leaves the mail to be tried again after this.
    static let claimTime: TimeInterval = 300

    /// Takes the oldest mail that is waiting and not claimed by another sender, in one statement that marks it
    /// claimed and counts the attempt: `FOR UPDATE SKIP LOCKED` on PostgreSQL passes over a row another sender is
    /// claiming; on SQLite the write lock lines claims up.
    static func claimNext(on database: any Database, now: Date = Date()) async throws -> OutboxMail? {
        try await database.writeTransaction { db in
            let sql = db.sql
            let lock: SQLQueryString = sql.dialect.name == "postgresql" ? "FOR UPDATE SKIP LOCKED" : ""
            let claimed = try await sql.raw(
                """
                UPDATE outbox_mails SET claimed_until = \(bind: now.addingTimeInterval(claimTime)), attempts = attempts + 1
                WHERE id = (SELECT id FROM outbox_mails WHERE sent_at IS NULL AND attempts < \(bind: maximumAttempts)
                            AND (claimed_until IS NULL OR claimed_until < \(bind: now)) ORDER BY id LIMIT 1 \(lock))
                RETURNING id
                """
            ).first()
            guard let id = try claimed?.decode(column: "id", as: Int.self) else { return nil }
            return try await OutboxMail.find(id, on: db)
        }
    }

    struct DeliveryFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "the mail program exited with \(status)" }
    }

    /// Runs the program on a thread of its own: waiting for a process must not hold one of Swift's few cooperative threads.
    private static func sendOffPool(_ mail: OutboxMail, program: [String]) async throws {
        let message = message(mail)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                do {
                    try send(message, program: program)
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    private static func send(_ message: String, program: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program[0])
        process.arguments = Array(program.dropFirst())
        let input = Pipe()
        process.standardInput = input
        // A program that exits without reading its input must not take Solmu down with SIGPIPE: the write fails instead.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        defer { process.waitUntilExit() }
        try input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw DeliveryFailed(status: process.terminationStatus) }
    }

    /// An RFC 5322 message in UTF-8; the subject encoded as RFC 2047 so that ä and å survive every relay.
    static func message(_ mail: OutboxMail) -> String {
        let subject = "=?UTF-8?B?\(Data(mail.subject.utf8).base64EncodedString())?="
        return """
            To: \(mail.recipient)\r
            Subject: \(subject)\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=UTF-8\r
            Content-Transfer-Encoding: 8bit\r
            \r
            \(mail.body.replacingOccurrences(of: "\n", with: "\r\n"))\r

            """
    }
}

extension Application {
    private struct MailDeliveryKey: StorageKey, LockKey {
        typealias Value = MailDelivery
    }

    /// This application's mail delivery: one run at a time per outbox.
    var mailDelivery: MailDelivery {
        if let existing = storage[MailDeliveryKey.self] { return existing }
        return locks.lock(for: MailDeliveryKey.self).withLock {
            if let existing = storage[MailDeliveryKey.self] { return existing }
            let made = MailDelivery()
            storage[MailDeliveryKey.self] = made
            return made
        }
    }
}
