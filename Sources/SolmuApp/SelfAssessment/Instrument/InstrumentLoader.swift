import Fluent
import Vapor

/// Loads questionnaire versions with their content, and finds the one a new assessment is given under.
enum InstrumentLoader {
    static func query(_ database: any Database) -> QueryBuilder<AssessmentInstrument> {
        AssessmentInstrument.query(on: database)
            .with(\.$dimensions) { dimension in
                dimension.with(\.$statements) { $0.with(\.$levels) }.with(\.$advice)
            }
    }

    /// The version with its content, or 404. A draft is 404 unless `includeDrafts` (for admins, and for the
    /// assessments already given under a version).
    static func require(_ id: Int, includeDrafts: Bool = false, on database: any Database) async throws -> AssessmentInstrument {
        guard let instrument = try await query(database).filter(\.$id == id).first(),
            instrument.isPublished || includeDrafts
        else { throw Problem.notFound() }
        return instrument
    }

    /// The newest published version: what a new assessment is given under unless it names another.
    static func latestPublished(on database: any Database) async throws -> AssessmentInstrument? {
        try await query(database).filter(\.$publishedAt != nil).sort(\.$publishedAt, .descending).sort(\.$version, .descending).first()
    }

    /// The published version `id`, or the newest published one when no id is given; nil for an unknown or draft version.
    static func published(_ id: Int?, on database: any Database) async throws -> AssessmentInstrument? {
        guard let id else { return try await latestPublished(on: database) }
        return try await query(database).filter(\.$id == id).filter(\.$publishedAt != nil).first()
    }

    /// Every version, newest first; drafts only for admins.
    static func all(for user: User?, on database: any Database) async throws -> [AssessmentInstrument] {
        var query = AssessmentInstrument.query(on: database).sort(\.$key).sort(\.$version, .descending)
        if user?.isAdmin != true { query = query.filter(\.$publishedAt != nil) }
        return try await query.all()
    }
}
