import Vapor

/// What every page needs to know about the request it answers: language, who is signed in,
/// the CSRF token for its forms, and its own path (for the language switch).
struct PageContext {
    var language: Language
    var user: User?
    var csrfToken: String
    /// The path and query after the language prefix, e.g. `/organizations?q=oulu`.
    var pathAfterLanguage: String
    /// What the page says once something is done, from `?notice=` (one of `Notice`'s names, nothing else).
    var notice: Notice?

    init(language: Language, user: User?, csrfToken: String, pathAfterLanguage: String) {
        self.language = language
        self.user = user
        self.csrfToken = csrfToken
        self.pathAfterLanguage = pathAfterLanguage
    }

    init(request: Request) throws {
        language = try request.language()
        user = request.currentUser
        csrfToken = user == nil ? "" : CSRF.token(for: request)
        let path = request.url.path
        let rest = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "/")
        // The notice belongs to this one view of the page, not to the page in another language.
        let query = request.url.query?.split(separator: "&").filter { !$0.hasPrefix("notice=") }.joined(separator: "&") ?? ""
        pathAfterLanguage = "/" + rest + (query.isEmpty ? "" : "?\(query)")
        notice = request.query[String.self, at: "notice"].flatMap(Notice.init(rawValue:))
    }

    /// A context for a sign-in page, where the anonymous visitor needs a token too.
    static func withToken(_ request: Request) throws -> PageContext {
        var context = try PageContext(request: request)
        context.csrfToken = CSRF.token(for: request)
        return context
    }

    func t(_ key: String) -> String { language.t(key) }
    func t(_ key: String, _ values: [String: String]) -> String { language.t(key, values) }
    func t(_ key: String, count: Int, _ values: [String: String] = [:]) -> String { language.t(key, count: count, values) }
    func link(_ url: SiteURL, query: [String: String?] = [:]) -> String { url.path(language, query: query) }

    /// The same page in another language.
    func switchLink(to other: Language) -> String {
        "/\(other.rawValue)" + (pathAfterLanguage == "/" ? "" : pathAfterLanguage)
    }
}
