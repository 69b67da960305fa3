import Fluent
import SQLKit
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

    /// Every programme's number of projects, in one grouped query (programme id → projects).
    static func projectCounts(on database: any Database) async throws -> [Int: Int] {
        struct Count: Decodable { var programme_id: Int; var projects: Int }
        return try await database.sql.raw(
            """
            SELECT programme_id, COUNT(*) AS projects FROM projects WHERE programme_id IS NOT NULL GROUP BY programme_id
            """
        ).all(decoding: Count.self).reduce(into: [Int: Int]()) { $0[$1.programme_id] = $1.projects }
    }

    /// An organisation that implements one of a programme's projects, as the portfolio's filters list it.
    struct Participant: Decodable, Sendable {
        var id: Int
        var name: String
        var municipality_code: String?
    }

    /// The organisations that take part in the programme's projects, by sort name (grouped in SQL: a large programme
    /// has thousands of implementer rows but a few hundred organisations).
    static func participants(of programmeID: Int, on database: any Database) async throws -> [Participant] {
        try await database.sql.raw(
            """
            SELECT DISTINCT o.id, o.name, o.sort_name, o.municipality_code FROM organizations o
            JOIN project_implementers pi ON pi.organization_id = o.id JOIN projects p ON p.id = pi.project_id
            WHERE p.programme_id = \(bind: programmeID) ORDER BY o.sort_name
            """
        ).all(decoding: Participant.self)
    }

    /// The municipalities with these codes (none asked, none read). Geography keeps no loader of its own.
    static func municipalities(_ codes: [String], on database: any Database) async throws -> [Municipality] {
        guard !codes.isEmpty else { return [] }
        return try await Municipality.query(on: database).filter(\.$id ~~ codes).all()
    }

    /// The governing bodies that steer and decide for the programme, with their members (for the count), in id order.
    /// (A small read of the Bodies feature's model, kept here for the programme page.)
    static func bodies(of programmeID: Int, on database: any Database) async throws -> [GoverningBody] {
        try await GoverningBody.query(on: database).filter(\.$programme.$id == programmeID).with(\.$members).sort(\.$id).all()
    }

    /// The programme form's choices: the shared themes, and every city (a municipality organisation) that may be a member.
    static func formOptions(_ language: Language, on database: any Database) async throws -> (themes: FormFields.Options, cities: FormFields.Options)
    {
        let themes = try await AtlasOptions.load(database, language).competences
        let cities = try await Organization.query(on: database).filter(\.$type == .municipality).sort(\.$sortName).all()
            .map { (value: "\($0.id ?? 0)", label: $0.name) }
        return (themes, cities)
    }

    /// Every organisation, as the choices of a funding instrument's administrator.
    static func administratorOptions(on database: any Database) async throws -> FormFields.Options {
        try await AtlasOptions.organizations(database)
    }

    /// Reads an instrument's administrator after a save (the API answers with its name).
    static func loadAdministrator(of instrument: FundingInstrument, on database: any Database) async throws {
        try await instrument.$administrator.load(on: database)
    }
}

extension Programme {
    /// The catalogue entry named by the path parameter `name`, or 404. Needs that catalogue loaded.
    func indicator(_ req: Request, _ name: String = "indicatorId") throws -> Indicator {
        guard let id = req.parameters.get(name).flatMap(Int.init), let found = indicators.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    func instrument(_ req: Request) throws -> FundingInstrument {
        guard let id = req.parameters.get("instrumentId").flatMap(Int.init), let found = instruments.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    func figure(_ req: Request) throws -> ProgrammeFigure {
        guard let id = req.parameters.get("figureId").flatMap(Int.init), let found = figures.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    /// Indicators in catalogue order (by code).
    var sortedIndicators: [Indicator] { indicators.sorted { $0.code < $1.code } }
}
