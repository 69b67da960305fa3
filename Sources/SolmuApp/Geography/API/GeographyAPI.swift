import Fluent
import Vapor

/// `/api/v1/regions` and `/api/v1/municipalities`: the reference data, as JSON or CSV.
struct GeographyAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("regions", use: regions)
        routes.get("regions", ":code", use: region)
        routes.get("regions", ":code", "startups", use: startups)
        routes.get("municipalities", use: municipalities)
        routes.get("municipalities", ":code", use: municipality)
    }

    func regions(req: Request) async throws -> Response {
        let regions = try await GeographyLoader.regions(req.db)
        let items = regions.map { $0.toDTO(municipalityCount: $0.municipalities.count) }
        if req.wantsCSV {
            let rows: [[String?]] = items.map { [$0.code, $0.name.fi, $0.name.sv, $0.name.en, "\($0.municipalityCount)"] }
            return CSVResponse.stream(filename: "solmu-regions.csv", header: ["code", "name_fi", "name_sv", "name_en", "municipality_count"]) {
                $0 == 0 ? rows : []
            }
        }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func region(req: Request) async throws -> RegionDTO {
        guard let region = try await GeographyLoader.region(req.parameters.get("code") ?? "", on: req.db) else { throw Problem.notFound() }
        return region.toDTO(municipalityCount: region.municipalities.count)
    }

    func startups(req: Request) async throws -> StartupReport {
        let code = req.parameters.get("code") ?? ""
        guard try await GeographyLoader.regionExists(code, on: req.db) else { throw Problem.notFound() }
        return try await StartupReport.build(regionCode: code, on: req.db)
    }

    func municipalities(req: Request) async throws -> Response {
        let items = try await GeographyLoader.municipalities(regionCode: req.query[String.self, at: "region"].nonEmpty, on: req.db)
        if req.wantsCSV {
            let rows = items.map(\.csvRow)
            return CSVResponse.stream(filename: "solmu-municipalities.csv", header: Municipality.csvHeader) { $0 == 0 ? rows : [] }
        }
        return try await ListEnvelope(items: items.map { $0.toDTO() }, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func municipality(req: Request) async throws -> MunicipalityDTO {
        guard let municipality = try await GeographyLoader.municipality(req.parameters.get("code"), on: req.db) else { throw Problem.notFound() }
        return municipality.toDTO()
    }
}
