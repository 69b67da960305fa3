import Vapor

/// Every form post to a page must carry the request's CSRF token (`_csrf`: the session's, or a visitor's double-submit
/// cookie), checked here once for all page routes, so that a new form cannot forget it. Two kinds of page are set
/// apart by the group they are registered in, never by a line in a handler:
/// - `privateLinks()`: the pages behind a private link (a registration's, a self-assessment's), where the link's secret
///   is what allows the post and no account or cookie is needed;
/// - `anonymousForms()`: public forms that anyone may send without signing in (starting a self-assessment); a
///   signed-in visitor's post still needs the session's token, because it acts for their account.
/// A visitor's post to a signed-in group goes on to that group's guard, which sends them to sign in.
struct FormCSRFGuard: AsyncMiddleware {
    enum Exemption: Hashable, Sendable { case privateLink, anonymousForm }

    struct ExemptionKey: Hashable {}

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method), let route = request.route else {
            return try await next.respond(to: request)
        }
        let signedIn = request.currentUser != nil
        switch route.userInfo[ExemptionKey()] as? Exemption {
        case .privateLink?: break
        case .anonymousForm? where !signedIn: break
        default:
            if signedIn || route.userInfo[SignedInPageGuard.MarkKey()] == nil { try CSRF.verifyForm(request) }
        }
        return try await next.respond(to: request)
    }
}

extension RoutesBuilder {
    /// Pages behind a private link: their forms are allowed by the link's secret (see `FormCSRFGuard`).
    func privateLinks() -> any RoutesBuilder {
        MarkedRoutes(base: self, key: FormCSRFGuard.ExemptionKey(), value: FormCSRFGuard.Exemption.privateLink)
    }

    /// Public forms anyone may send; a signed-in visitor's post still needs its token (see `FormCSRFGuard`).
    func anonymousForms() -> any RoutesBuilder {
        MarkedRoutes(base: self, key: FormCSRFGuard.ExemptionKey(), value: FormCSRFGuard.Exemption.anonymousForm)
    }
}
