import Fluent
import Vapor

/// Loads calls with what their pages and API answers show.
enum CallLoader {
    static func query(_ database: any Database) -> QueryBuilder<Call> {
        Call.query(on: database).with(\.$programme).with(\.$criteria).with(\.$instruments).with(\.$themes)
    }

    /// The call, or 404 — also for an unpublished call its viewer may not see (its existence is not told).
    static func require(_ id: Int, for user: User?, on database: any Database) async throws -> Call {
        guard let call = try await query(database).filter(\.$id == id).first(), CallAccess.canSee(user, call) else { throw Problem.notFound() }
        return call
    }

    /// Calls `user` may see, newest first; `programme` narrows to one programme, `openAt` to calls open then.
    static func visible(to user: User?, programme: Int? = nil, openAt: Date? = nil, on database: any Database) async throws -> [Call] {
        var query = query(database)
        if let programme { query = query.filter(\.$programme.$id == programme) }
        if let openAt { query = query.filter(\.$published == true).filter(\.$opensAt <= openAt).filter(\.$closesAt > openAt) }
        return try await query.sort(\.$closesAt, .descending).sort(\.$id, .descending).all().filter { CallAccess.canSee(user, $0) }
    }

    /// The projects the call's funded applications became: public once decided. The call's page and its API answer show them.
    static func fundedProjects(of call: Call, on database: any Database) async throws -> [FundedProjectDTO] {
        try await FundingApplication.query(on: database).filter(\.$call.$id == call.requireID()).filter(\.$state == .funded)
            .with(\.$project).sort(\.$id).all()
            .compactMap { application in
                application.project.flatMap { project in project.id.map { FundedProjectDTO(projectId: $0, name: project.nameFi) } }
            }
    }

    /// The number a new call of the programme gets: one more than its highest so far.
    static func nextNumber(inProgramme programmeID: Int, on database: any Database) async throws -> Int {
        (try await Call.query(on: database).filter(\.$programme.$id == programmeID).max(\.$number) ?? 0) + 1
    }
}
