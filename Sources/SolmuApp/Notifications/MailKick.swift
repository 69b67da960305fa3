import Fluent
import NIOConcurrencyHelpers
import Vapor

/// Starts mail delivery once a request that queued mail has answered, so that no handler has to remember to: mail is
/// queued inside the request's write transaction (`OutboxMail.queue`), and by the time the handler has answered that
/// transaction has committed — a delivery run started earlier could miss the mail, or send one a rollback then undid.
struct MailKick: AsyncMiddleware {
    /// Set for the length of each request; `OutboxMail.queue` marks it.
    @TaskLocal static var queued: Flag?

    final class Flag: Sendable {
        private let box = NIOLockedValueBox(false)
        var isSet: Bool { box.withLockedValue { $0 } }
        func set() { box.withLockedValue { $0 = true } }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let flag = Flag()
        // Also when the request failed after queuing: what was committed goes out, what was rolled back is not there.
        defer { if flag.isSet { MailDelivery.kick(request.application) } }
        return try await Self.$queued.withValue(flag) { try await next.respond(to: request) }
    }
}

extension OutboxMail {
    /// Puts the mail in the outbox; the request that queued it starts delivery when it has answered (`MailKick`).
    func queue(on database: any Database) async throws {
        try await create(on: database)
        MailKick.queued?.set()
    }
}
