import Vapor

/// Refuses a request body over the configured size with 413, whether it arrived streamed or whole,
/// before any handler reads it. A questionnaire version's whole content (about 120 KB in three languages) is the
/// one body allowed to be larger, up to `documentLimit`.
struct BodyLimitMiddleware: AsyncMiddleware {
    let limit: Int
    static let documentLimit = 1 << 20

    static func isDocument(_ path: String) -> Bool {
        path.hasPrefix("/api/v1/self-assessment/instruments/") && path.hasSuffix("/content")
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let declared = request.headers.first(name: .contentLength).flatMap(Int.init) ?? 0
        let collected = request.body.data?.readableBytes ?? 0
        let allowed = Self.isDocument(request.url.path) ? max(limit, Self.documentLimit) : limit
        if max(declared, collected) > allowed { throw Abort(.payloadTooLarge) }
        return try await next.respond(to: request)
    }
}
