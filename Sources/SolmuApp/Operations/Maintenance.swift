import Fluent
import Vapor

/// The housekeeping `solmu purge` does and the server does daily: nothing Solmu no longer needs is kept.
enum Maintenance {
    struct Report: Sendable, CustomStringConvertible {
        var sessions = 0
        var signInAttempts = 0
        var rateLimitHits = 0
        var registrations = 0
        var mails = 0

        var description: String {
            "expired sessions \(sessions), old sign-in attempts \(signInAttempts), rate-limit counts \(rateLimitHits), "
                + "cancelled registrations' personal data \(registrations), delivered mail \(mails)"
        }
    }

    static func purge(_ database: any Database, configuration: Configuration, now: Date = Date()) async throws -> Report {
        var report = Report()
        report.sessions = try await SignedInSessions.purge(on: database, now: now)
        report.signInAttempts = try await SignInAttempt.query(on: database)
            .filter(\.$attemptedAt < now.addingTimeInterval(-configuration.signInWindow)).deleteCounting()
        report.rateLimitHits = try await RateLimit.purge(on: database, now: now)
        let retention = now.addingTimeInterval(-Double(configuration.retentionDays) * 86_400)
        report.mails = try await OutboxMail.query(on: database).group(.or) { mail in
            mail.filter(\.$sentAt < retention)
            mail.group(.and) { $0.filter(\.$sentAt == nil).filter(\.$attempts >= MailDelivery.maximumAttempts).filter(\.$createdAt < retention) }
        }.deleteCounting()
        report.registrations = try await eraseCancelledRegistrations(database, today: HelsinkiTime.day(now))
        return report
    }

    /// A cancelled registration is kept (the waiting list's order and the counts stay true), but once its event is
    /// over the person's name, organisation and address are no longer needed.
    static func eraseCancelledRegistrations(_ database: any Database, today: String) async throws -> Int {
        let cancelled = try await Registration.query(on: database)
            .filter(\.$status == .cancelled).filter(\.$email != PersonalData.erasedEmail)
            .with(\.$event).all()
        var erased = 0
        for registration in cancelled where registration.event.isPast(today: today) {
            PersonalData.erase(registration)
            try await registration.save(on: database)
            erased += 1
        }
        return erased
    }

    /// Runs `purge` a minute after the server starts and then every day, until it stops.
    static func scheduleDaily(_ app: Application) {
        let database = app.db
        let configuration = app.solmu
        let logger = app.logger
        let task = Task {
            try await Task.sleep(for: .seconds(60))
            while !Task.isCancelled {
                do {
                    let report = try await purge(database, configuration: configuration)
                    logger.notice("purged: \(report)")
                } catch {
                    logger.error("purge failed: \(error)")
                }
                try await Task.sleep(for: .seconds(86_400))
            }
        }
        app.lifecycle.use(CancelOnShutdown(task: task))
    }

    private struct CancelOnShutdown: LifecycleHandler {
        let task: Task<Void, any Error>
        func shutdown(_ application: Application) { task.cancel() }
    }
}
