import Fluent
import Vapor

/// Health, the competence vocabulary and the OpenAPI document.
struct SystemAPI: RouteCollection {
    struct Health: Content {
        var status: String
        var database: String
    }

    struct CompetenceDTO: Content {
        var id: String
        var name: LocalizedText
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz", use: health)
        routes.get("competences", use: competences)
        routes.get("openapi.json", use: openAPI)
    }

    func health(req: Request) async throws -> Health {
        // A real round trip, so that a load balancer takes an instance out when its database is gone.
        _ = try await Region.query(on: req.db).count()
        return Health(status: "ok", database: req.settings.database.engineName)
    }

    func competences(req: Request) async throws -> Response {
        let items = try await Competence.query(on: req.db).sort(\.$nameFi).all().map {
            CompetenceDTO(id: $0.id ?? "", name: $0.names)
        }
        if req.wantsCSV {
            let rows: [[String?]] = items.map { [$0.id, $0.name.fi, $0.name.sv, $0.name.en] }
            return CSVResponse.stream(filename: "solmu-competences.csv", header: ["id", "name_fi", "name_sv", "name_en"]) { $0 == 0 ? rows : [] }
        }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func openAPI(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: "*")
        return Response(status: .ok, headers: headers, body: .init(data: OpenAPIDocument.data))
    }
}
