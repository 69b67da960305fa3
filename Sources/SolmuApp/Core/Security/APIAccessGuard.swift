import Vapor

/// Guards `/api/v1` from the OpenAPI document, so that a route is guarded by what its operation says, not by a line its
/// handler has to remember: an operation whose `security` lists no anonymous alternative answers 401 to nobody, and a
/// signed-in browser session that writes through an operation with `security` must echo its CSRF token in
/// `X-CSRF-Token` (an API token needs none; a read changes nothing, so a link to a signed-in CSV download works).
/// Roles and ownership (an editor of this network, an admin) stay with the feature's access checks.
struct APIAccessGuard: AsyncMiddleware {
    let document: OpenAPIDocument

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let (method, path) = request.route?.documentedAs, let operation = document.operation(method, path) else {
            return try await next.respond(to: request)
        }
        if operation.signIn == .required, request.currentUser == nil {
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"])
        }
        if operation.signIn != .none, request.currentUser != nil, request.storage[AuthenticatedByToken.self] != true,
            ![.GET, .HEAD].contains(request.method), !CSRF.isValid(request.headers.first(name: CSRF.header), for: request)
        {
            throw Problem(status: .forbidden, titleKey: "problem.csrf.title", detailKey: "problem.csrf.detail")
        }
        return try await next.respond(to: request)
    }
}
