import Vapor

/// Cross-site request forgery protection: every form that changes data echoes a token (`_csrf`), and so does every API
/// call that relies on the session cookie (`X-CSRF-Token`).
/// A signed-in user's token lives in their session row. A visitor's (the sign-in form, event registration) is a
/// double-submit cookie: a random value in `solmu_csrf` that the form must repeat, so no visitor ever causes a database
/// write just by opening a page, and a forged cross-site form cannot know the value.
enum CSRF {
    static let formField = "_csrf"
    static let header = "X-CSRF-Token"
    static let cookieName = "solmu_csrf"

    /// The token for this request's forms: the session's, or the visitor's cookie (made on first use and sent back
    /// with the response by `SessionMiddleware`).
    static func token(for request: Request) -> String {
        if let session = request.userSession { return session.csrfToken }
        // A program with an API token needs no form token, and gets no cookie.
        if request.storage[AuthenticatedByToken.self] == true { return "" }
        if let pending = request.storage[PendingVisitorToken.self] { return pending }
        if let cookie = request.cookies[cookieName]?.string, isWellFormed(cookie) { return cookie }
        let token = [UInt8].random(count: 24).base64URLEncoded
        request.storage[PendingVisitorToken.self] = token
        return token
    }

    static func isValid(_ candidate: String?, for request: Request) -> Bool {
        let expected = request.userSession?.csrfToken ?? request.cookies[cookieName]?.string
        guard let candidate, let expected, isWellFormed(expected) else { return false }
        return candidate.utf8.count == expected.utf8.count && zip(candidate.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Throws 403 unless the form carries the request's token.
    static func verifyForm(_ request: Request) throws {
        let candidate = try? request.content.get(String.self, at: formField)
        guard isValid(candidate, for: request) else {
            throw Problem(status: .forbidden, titleKey: "problem.csrf.title", detailKey: "problem.csrf.detail")
        }
    }

    /// 32 base64url characters, as `token(for:)` makes them.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 32 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// A visitor's token made during this request, to be set as a cookie on its response.
    enum PendingVisitorToken: StorageKey {
        typealias Value = String
    }
}
