import Vapor
struct AtlasPages: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
struct OrganizationFormPages: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
struct PersonFormPages: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
struct GeographyPages: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
struct AccountPages: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
struct InfoPages: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
enum ErrorPage { static func response(_ p: Problem, request: Request) async throws -> Response { Response(status: p.status) } }
