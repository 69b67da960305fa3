import Fluent
import Vapor

/// Reads platforms and published results for the self-assessment's pages and API.
enum PlatformLoader {
    /// The platforms `user` keeps, by name; `withAssessments` also each one's assessments.
    static func owned(by user: User, withAssessments: Bool = false, on database: any Database) async throws -> [Platform] {
        let userID = try user.requireID()
        let query = Platform.query(on: database).filter(\.$user.$id == userID)
        if withAssessments { query.with(\.$assessments) }
        return try await query.sort(\.$name).all()
    }

    /// The latest published results (at most `limit`), newest first, with their platforms: the front page's list.
    static func latestPublished(limit: Int, on database: any Database) async throws -> [PlatformAssessment] {
        try await PlatformAssessment.query(on: database).filter(\.$published == true).with(\.$platform)
            .sort(\.$publishedAt, .descending).limit(limit).all()
    }

    /// Every published result, newest first, with its platform and questionnaire version: the open data list.
    static func allPublished(on database: any Database) async throws -> [PlatformAssessment] {
        try await PlatformAssessment.query(on: database).filter(\.$published == true)
            .with(\.$platform).with(\.$instrument).sort(\.$publishedAt, .descending).sort(\.$id).all()
    }

    /// Every ecosystem and every network as form choices (id, name), by name: what a platform may be linked to.
    static func linkOptions(on database: any Database) async throws -> (
        ecosystems: [(value: String, label: String)], networks: [(value: String, label: String)]
    ) {
        let ecosystems = try await Ecosystem.query(on: database).sort(\.$name).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
        let networks = try await Network.query(on: database).sort(\.$name).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
        return (ecosystems, networks)
    }
}
