import Fluent
import Foundation
import Vapor

/// Slows down password guessing without locking anyone out for long.
/// Per account: after `limit` failures within the window each further try waits twice as long as the one before
/// (15 s, 30 s, 1 min, … up to the window), right password included, so guessing costs ever more time while the
/// owner is back in seconds, not a quarter of an hour. Per address: ten times as many failures, so that one guesser
/// cannot try many accounts, but colleagues behind one office address are not locked out by someone's typos.
struct SignInThrottle {
    let database: any Database
    let limit: Int
    let window: TimeInterval
    static let firstDelay: TimeInterval = 15
    static let addressFactor = 10

    /// Seconds to wait before trying again, or nil when a try is allowed now.
    func waitTime(email: String, address: String, now: Date = Date()) async throws -> Int? {
        let since = now.addingTimeInterval(-window)
        let accountFailures = SignInAttempt.query(on: database).filter(\.$attemptedAt > since).filter(\.$email == email)
        let failures = try await accountFailures.count()
        var until: Date?
        if failures >= limit, let last = try await accountFailures.copy().sort(\.$attemptedAt, .descending).first() {
            let delay = min(window, Self.firstDelay * pow(2, Double(min(failures - limit, 16))))
            until = last.attemptedAt.addingTimeInterval(delay)
        }
        let addressLimit = limit * Self.addressFactor
        let addressFailures = try await SignInAttempt.query(on: database)
            .filter(\.$attemptedAt > since).filter(\.$address == address)
            .sort(\.$attemptedAt, .descending).offset(addressLimit - 1).first()
        if let oldest = addressFailures {
            let addressUntil = oldest.attemptedAt.addingTimeInterval(window)
            until = max(until ?? addressUntil, addressUntil)
        }
        guard let until, until > now else { return nil }
        return max(1, Int(until.timeIntervalSince(now).rounded(.up)))
    }

    func recordFailure(email: String, address: String) async throws {
        try await SignInAttempt(email: email, address: address).create(on: database)
        // Old attempts are of no use: drop them as we go, so the table stays small.
        try await SignInAttempt.query(on: database).filter(\.$attemptedAt < Date().addingTimeInterval(-window)).delete()
    }

    func clear(email: String) async throws {
        try await SignInAttempt.query(on: database).filter(\.$email == email).delete()
    }

    /// A bcrypt hash of a random password, checked when no user has the e-mail given, so that an unknown address takes
    /// as long to refuse as a wrong password and the time tells nothing about which accounts exist.
    static let decoyHash: String = (try? Bcrypt.hash([UInt8].random(count: 16).base64URLEncoded)) ?? ""
}
