import Fluent
import Vapor

/// Loads regions and municipalities for the place pages and the reference-data API.
enum GeographyLoader {
    /// Every region with its municipalities, by code.
    static func regions(_ database: any Database) async throws -> [Region] {
        try await Region.query(on: database).with(\.$municipalities).sort(\.$id).all()
    }

    /// The region with its municipalities, or nil.
    static func region(_ code: String, on database: any Database) async throws -> Region? {
        try await Region.query(on: database).filter(\.$id == code).with(\.$municipalities).first()
    }

    /// The region with its municipalities, or 404.
    static func requireRegion(_ code: String, on database: any Database) async throws -> Region {
        guard let region = try await Self.region(code, on: database) else { throw Problem.notFound() }
        return region
    }

    /// Whether there is a region with this code.
    static func regionExists(_ code: String, on database: any Database) async throws -> Bool {
        try await Region.find(code, on: database) != nil
    }

    /// The municipalities by code, of one region when `regionCode` is given.
    static func municipalities(regionCode: String? = nil, on database: any Database) async throws -> [Municipality] {
        var query = Municipality.query(on: database).sort(\.$id)
        if let regionCode { query = query.filter(\.$region.$id == regionCode) }
        return try await query.all()
    }

    /// The municipality, or nil.
    static func municipality(_ code: String?, on database: any Database) async throws -> Municipality? {
        try await Municipality.find(code, on: database)
    }

    /// The municipality with its region, or 404.
    static func requireMunicipalityWithRegion(_ code: String, on database: any Database) async throws -> Municipality {
        guard let municipality = try await Municipality.query(on: database).filter(\.$id == code).with(\.$region).first() else {
            throw Problem.notFound()
        }
        return municipality
    }
}
