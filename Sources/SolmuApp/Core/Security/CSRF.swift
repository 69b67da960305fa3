import Vapor

/// Cross-site request forgery protection: a random token kept in the session, echoed by every form
/// that changes data (`_csrf`) and by API calls that rely on the session cookie (`X-CSRF-Token`).
enum CSRF {
    static let formField = "_csrf"
    static let header = "X-CSRF-Token"
    private static let sessionKey = "csrf"

    /// The session's token, made on first use.
    static func token(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = [UInt8].random(count: 24).base64URLEncoded
        request.session.data[sessionKey] = token
        return token
    }

    static func isValid(_ candidate: String?, for request: Request) -> Bool {
        guard let candidate, let expected = request.hasSession ? request.session.data[sessionKey] : nil else { return false }
        return candidate.utf8.count == expected.utf8.count && zip(candidate.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Throws 403 unless the form carries the session's token.
    static func verifyForm(_ request: Request) throws {
        let candidate = try? request.content.get(String.self, at: formField)
        guard isValid(candidate, for: request) else {
            throw Problem(status: .forbidden, titleKey: "problem.csrf.title", detailKey: "problem.csrf.detail")
        }
    }
}
