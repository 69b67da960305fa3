import Fluent
import Vapor

/// Loads programmes with what their pages and API answers show.
enum ProgrammeLoader {
    static func query(_ database: any Database) -> QueryBuilder<Programme> {
        Programme.query(on: database)
            .with(\.$themes)
            .with(\.$memberCities) { $0.with(\.$organization) }
            .with(\.$instruments) { $0.with(\.$administrator) }
            .with(\.$indicators)
            .with(\.$figures)
            .with(\.$coordinator)
    }

    static func find(_ id: Int, on database: any Database) async throws -> Programme? {
        try await query(database).filter(\.$id == id).first()
    }

    /// The programme, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Programme {
        guard let programme = try await find(id, on: database) else { throw Problem.notFound() }
        return programme
    }

    static func all(_ database: any Database) async throws -> [Programme] {
        try await query(database).sort(\.$name).all()
    }
}

extension Programme {
    /// The catalogue entry named by the path parameter `name`, or 404. Needs that catalogue loaded.
    func indicator(_ req: Request, _ name: String = "indicatorId") throws -> Indicator {
        guard let id = req.parameters.get(name).flatMap(Int.init), let found = indicators.first(where: { $0.id == id }) else { throw Problem.notFound() }
        return found
    }

    func instrument(_ req: Request) throws -> FundingInstrument {
        guard let id = req.parameters.get("instrumentId").flatMap(Int.init), let found = instruments.first(where: { $0.id == id }) else { throw Problem.notFound() }
        return found
    }

    func figure(_ req: Request) throws -> ProgrammeFigure {
        guard let id = req.parameters.get("figureId").flatMap(Int.init), let found = figures.first(where: { $0.id == id }) else { throw Problem.notFound() }
        return found
    }

    /// Indicators in catalogue order (by code).
    var sortedIndicators: [Indicator] { indicators.sorted { $0.code < $1.code } }
}
