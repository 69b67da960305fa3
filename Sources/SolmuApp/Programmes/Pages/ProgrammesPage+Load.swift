import Fluent

extension ProgrammesPage {
    /// The page's loader: every programme by name with its number of projects (one grouped query); `viewer` decides
    /// whether the page offers to start one.
    static func load(viewer: User?, on database: any Database) async throws -> ProgrammesPage {
        let programmes = try await ProgrammeLoader.all(database)
        let counts = try await ProgrammeLoader.projectCounts(on: database)
        let rows = programmes.map { programme in
            Row(
                id: programme.id ?? 0, name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn,
                budgetCents: programme.budgetCents, budgetApproximate: programme.budgetApproximate,
                projectCount: counts[programme.id ?? 0] ?? 0)
        }
        return ProgrammesPage(programmes: rows, canCreate: viewer?.mayStartForOrganization ?? false)
    }
}
