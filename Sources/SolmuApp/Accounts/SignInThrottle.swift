import Fluent
import Foundation

/// Slows down password guessing: after `limit` failures for the same e-mail or from the same address
/// within the window, sign-in is refused until the oldest of them has aged out.
struct SignInThrottle {
    let database: any Database
    let limit: Int
    let window: TimeInterval

    /// Seconds to wait before trying again, or nil when a try is allowed now.
    func waitTime(email: String, address: String, now: Date = Date()) async throws -> Int? {
        let since = now.addingTimeInterval(-window)
        let recent = try await SignInAttempt.query(on: database)
            .filter(\.$attemptedAt > since)
            .group(.or) { $0.filter(\.$email == email).filter(\.$address == address) }
            .sort(\.$attemptedAt, .descending)
            .limit(limit)
            .all()
        guard recent.count >= limit, let oldest = recent.last else { return nil }
        return max(1, Int(oldest.attemptedAt.addingTimeInterval(window).timeIntervalSince(now).rounded(.up)))
    }

    func recordFailure(email: String, address: String) async throws {
        try await SignInAttempt(email: email, address: address).create(on: database)
        // Old attempts are of no use: drop them as we go, so the table stays small.
        try await SignInAttempt.query(on: database).filter(\.$attemptedAt < Date().addingTimeInterval(-window)).delete()
    }

    func clear(email: String) async throws {
        try await SignInAttempt.query(on: database).filter(\.$email == email).delete()
    }
}
