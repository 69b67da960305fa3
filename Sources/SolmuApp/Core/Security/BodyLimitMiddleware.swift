import Vapor

/// Refuses a request body over the configured size with 413, whether it arrived streamed or whole,
/// before any handler reads it.
struct BodyLimitMiddleware: AsyncMiddleware {
    let limit: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let declared = request.headers.first(name: .contentLength).flatMap(Int.init) ?? 0
        let collected = request.body.data?.readableBytes ?? 0
        if max(declared, collected) > limit { throw Abort(.payloadTooLarge) }
        return try await next.respond(to: request)
    }
}
