import Fluent
import Vapor

/// Loads applications with their call, consortium, work packages and targets.
enum ApplicationLoader {
    static func query(_ database: any Database) -> QueryBuilder<FundingApplication> {
        FundingApplication.query(on: database)
            .with(\.$call) { call in
                call.with(\.$programme) { $0.with(\.$memberCities) { $0.with(\.$organization) }.with(\.$indicators) }
                    .with(\.$criteria).with(\.$instruments).with(\.$themes)
            }
            .with(\.$partners) { $0.with(\.$organization).with(\.$contactPerson) }
            .with(\.$workPackages)
            .with(\.$targets)
    }

    /// The application, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> FundingApplication {
        guard let application = try await query(database).filter(\.$id == id).first() else { throw Problem.notFound() }
        return application
    }

    /// A call's applications with their consortia, work packages and targets, for the pipeline: the same shape as `query`,
    /// but the children are grouped by application in one pass. (Fluent's eager loading matches every child against
    /// every parent, which took two seconds for a call of a thousand applications.)
    static func ofCall(_ callID: Int, excluding excluded: ApplicationState? = nil, only state: ApplicationState? = nil,
                       on database: any Database) async throws -> [FundingApplication] {
        let found = try await Call.query(on: database).filter(\.$id == callID)
            .with(\.$programme) { $0.with(\.$memberCities) { $0.with(\.$organization) }.with(\.$indicators) }
            .with(\.$criteria).with(\.$instruments).with(\.$themes).first()
        guard let call = found else { throw Problem.notFound() }
        var query = FundingApplication.query(on: database).filter(\.$call.$id == callID)
        if let excluded { query = query.filter(\.$state != excluded) }
        if let state { query = query.filter(\.$state == state) }
        let applications = try await query.sort(\.$id).all()
        let ids = applications.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let partners = Dictionary(grouping: try await ApplicationPartner.query(on: database).filter(\.$application.$id ~~ ids)
            .with(\.$organization).with(\.$contactPerson).all(), by: \.$application.id)
        let workPackages = Dictionary(grouping: try await ApplicationWorkPackage.query(on: database).filter(\.$application.$id ~~ ids).all(), by: \.$application.id)
        let targets = Dictionary(grouping: try await ApplicationTarget.query(on: database).filter(\.$application.$id ~~ ids).all(), by: \.$application.id)
        for application in applications {
            let id = application.id ?? 0
            application.$call.value = call
            application.$partners.value = partners[id] ?? []
            application.$workPackages.value = workPackages[id] ?? []
            application.$targets.value = targets[id] ?? []
        }
        return applications
    }

    static func events(_ application: FundingApplication, on database: any Database) async throws -> [ApplicationEvent] {
        try await ApplicationEvent.query(on: database).filter(\.$application.$id == application.requireID()).sort(\.$sequence).all()
    }
}
