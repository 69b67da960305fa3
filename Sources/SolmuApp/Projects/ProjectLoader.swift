import Fluent
import Vapor

/// Loads projects with what their pages and API answers show.
enum ProjectLoader {
    static func query(_ database: any Database) -> QueryBuilder<Project> {
        Project.query(on: database)
            .with(\.$themes)
            .with(\.$programme)
            .with(\.$instrument)
            .with(\.$network)
            .with(\.$implementers) { implementer in
                implementer.with(\.$organization) { $0.with(\.$municipality) }.with(\.$contactPerson)
            }
            .with(\.$workPackages) { $0.with(\.$items).with(\.$responsible) }
            .with(\.$results)
    }

    static func find(_ id: Int, on database: any Database) async throws -> Project? {
        try await query(database).filter(\.$id == id).first()
    }

    /// The project, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Project {
        guard let project = try await find(id, on: database) else { throw Problem.notFound() }
        return project
    }

    /// A project's implementers with their organisations, for the eligibility check.
    static func implementers(of projectID: Int, on database: any Database) async throws -> [ProjectImplementer] {
        try await ProjectImplementer.query(on: database).filter(\.$project.$id == projectID).with(\.$organization).all()
    }
}

extension Project {
    /// Implementers in the order a project page lists them: lead first, then by name.
    var sortedImplementers: [ProjectImplementer] {
        let order = Dictionary(uniqueKeysWithValues: ProjectImplementer.Role.allCases.enumerated().map { ($1, $0) })
        return implementers.sorted { (order[$0.role] ?? 9, $0.organization.sortName) < (order[$1.role] ?? 9, $1.organization.sortName) }
    }

    var sortedWorkPackages: [WorkPackage] { workPackages.sorted { $0.number < $1.number } }

    func implementer(_ req: Request) throws -> ProjectImplementer {
        guard let id = req.parameters.get("implementerId").flatMap(Int.init), let found = implementers.first(where: { $0.id == id }) else { throw Problem.notFound() }
        return found
    }

    func workPackage(_ req: Request) throws -> WorkPackage {
        guard let id = req.parameters.get("workPackageId").flatMap(Int.init), let found = workPackages.first(where: { $0.id == id }) else { throw Problem.notFound() }
        return found
    }

    func result(_ req: Request) throws -> ProjectResult {
        guard let id = req.parameters.get("resultId").flatMap(Int.init), let found = results.first(where: { $0.id == id }) else { throw Problem.notFound() }
        return found
    }
}
