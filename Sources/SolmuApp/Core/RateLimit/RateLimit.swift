import Fluent
import SQLKit
import Vapor

/// A sliding-window limit: at most `limit` actions per key within `window`; the next one is a 429 that says, in
/// `Retry-After`, when the oldest counted action ages out.
struct RateLimit {
    var bucket: String
    var limit: Int
    var window: TimeInterval

    /// Counts one more action for `key`, or throws 429 when the window is full. A limit of 0 counts nothing.
    /// Counting and recording are one write transaction (on PostgreSQL also one key at a time), so that requests
    /// arriving together cannot all slip under the limit.
    func hit(_ key: String, on database: any Database, now: Date = Date()) async throws {
        guard limit > 0 else { return }
        let (bucket, limit, window) = (bucket, limit, window)
        let keyHash = UserToken.hash(bucket + ":" + key)
        try await database.writeTransaction { db in
            if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: keyHash)))").run()
            }
            let recent = RateLimitHit.query(on: db)
                .filter(\.$bucket == bucket).filter(\.$keyHash == keyHash).filter(\.$at > now.addingTimeInterval(-window))
            if try await recent.count() >= limit {
                let oldest = try await recent.copy().sort(\.$at, .descending).offset(limit - 1).first()?.at ?? now
                let wait = max(1, Int(oldest.addingTimeInterval(window).timeIntervalSince(now).rounded(.up)))
                throw Problem(
                    status: .tooManyRequests, titleKey: "problem.tooMany.title", detailKey: "problem.tooMany.detail",
                    detailValues: ["seconds": "\(wait)"], headers: ["Retry-After": "\(wait)"])
            }
            try await RateLimitHit(bucket: bucket, keyHash: keyHash, at: now).create(on: db)
        }
    }

    /// Removes hits older than a day (no window is longer); returns how many.
    @discardableResult
    static func purge(on database: any Database, now: Date = Date()) async throws -> Int {
        try await RateLimitHit.query(on: database).filter(\.$at < now.addingTimeInterval(-86_400)).deleteCounting()
    }
}

/// The limits Solmu applies to clients that are not signed in.
extension RateLimit {
    /// Anonymous writes that create something (a registration, a self-assessment) per client address.
    static func anonymousWrites(_ config: Configuration) -> RateLimit {
        RateLimit(bucket: "anonymous-write", limit: config.anonymousWriteLimit, window: config.anonymousWriteWindow)
    }

    /// Mail to an address nobody has confirmed (a registration's), per address: nobody can make Solmu mail-bomb a
    /// stranger.
    static func mailToUnconfirmed(_ config: Configuration) -> RateLimit {
        RateLimit(bucket: "unconfirmed-mail", limit: config.unconfirmedMailLimit, window: 86_400)
    }
}

/// Guards a route group of anonymous creating writes: a signed-in user or a token is not limited here.
struct AnonymousWriteLimit: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.currentUser == nil, request.method != .GET, request.method != .HEAD {
            try await RateLimit.anonymousWrites(request.application.solmu).hit(request.clientAddress, on: request.db)
        }
        return try await next.respond(to: request)
    }
}
