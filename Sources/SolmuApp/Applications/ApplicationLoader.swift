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

    static func events(_ application: FundingApplication, on database: any Database) async throws -> [ApplicationEvent] {
        try await ApplicationEvent.query(on: database).filter(\.$application.$id == application.requireID()).sort(\.$sequence).all()
    }
}
