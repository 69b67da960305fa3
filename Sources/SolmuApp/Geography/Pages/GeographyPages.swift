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
        let counts = try await RegionCounts.organizationsByMunicipality(req.db)
        let regions = try await Region.query(on: req.db).with(\.$municipalities).all()
        let rows = regions.map { region in
            RegionsPage.Row(code: region.id ?? "", name: region.name(context.language), municipalities: region.municipalities.count,
                            organizations: region.municipalities.reduce(0) { $0 + (counts[$1.id ?? ""] ?? 0) })
        }.sorted { $0.name.finnishOrder < $1.name.finnishOrder }
        return RegionsPage(rows: rows).render(context)
    }

    func region(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        guard let region = try await Region.query(on: req.db).filter(\.$id == req.parameters.get("code") ?? "").with(\.$municipalities).first(),
              let code = region.id else { throw Problem.notFound() }
        let counts = try await RegionCounts.organizationsByMunicipality(req.db)
        let found = try await OrganizationSearch(database: req.db).page(OrganizationFilter(regionCode: code), limit: 50, offset: 0)
        let organizations = try await OrganizationLoader.load(found.ids, on: req.db)
        return RegionPage(
            name: region.name(context.language), code: code,
            municipalities: region.municipalities.map {
                .init(code: $0.id ?? "", name: $0.name(context.language), population: $0.population, organizations: counts[$0.id ?? ""] ?? 0)
            }.sorted { $0.name.finnishOrder < $1.name.finnishOrder },
            organizations: organizations.map { OrganizationSummary($0, context.language) },
            organizationTotal: found.total
        ).render(context)
    }

    func startups(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        guard let region = try await Region.query(on: req.db).filter(\.$id == req.parameters.get("code") ?? "").with(\.$municipalities).first(),
              let code = region.id else { throw Problem.notFound() }
        let names = Dictionary(uniqueKeysWithValues: region.municipalities.map { ($0.id ?? "", $0.name(context.language)) })
        return StartupPage(region: region, report: try await StartupReport.build(regionCode: code, on: req.db), municipalityNames: names).render(context)
    }

    func municipality(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        guard let municipality = try await Municipality.query(on: req.db).filter(\.$id == req.parameters.get("code") ?? "")
            .with(\.$region).first(), let code = municipality.id else { throw Problem.notFound() }
        let found = try await OrganizationSearch(database: req.db).page(OrganizationFilter(municipalityCode: code), limit: 50, offset: 0)
        let organizations = try await OrganizationLoader.load(found.ids, on: req.db)
        return MunicipalityPage(municipality: municipality, organizations: organizations.map { OrganizationSummary($0, context.language) },
                                organizationTotal: found.total).render(context)
    }
}
