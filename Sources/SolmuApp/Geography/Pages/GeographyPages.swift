import Fluent
import Vapor

/// Browsing the atlas by place: regions, a region, a municipality.
struct GeographyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.regions, use: regions)
        routes.get(.region(""), use: region)
        routes.get(.municipality(""), use: municipality)
        routes.get(.startups(""), use: startups)
    }

    func regions(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await RegionsPage.load(language: context.language, on: req.db).render(context)
    }

    func region(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await RegionPage.load(code: req.parameters.get("code") ?? "", language: context.language, on: req.db).render(context)
    }

    func startups(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await StartupPage.load(regionCode: req.parameters.get("code") ?? "", language: context.language, on: req.db).render(context)
    }

    func municipality(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await MunicipalityPage.load(code: req.parameters.get("code") ?? "", language: context.language, on: req.db).render(context)
    }
}
