import Fluent

/// A funded application becomes a project of the programme: the consortium its implementers (lead and
/// co-implementers with their contacts and budgets), its work packages, budget and indicator targets carried over.
enum FundedProject {
    /// Needs the application loaded whole (`ApplicationLoader`). Run in the decision's transaction.
    static func create(from application: FundingApplication, on database: any Database) async throws -> Project {
        let call = application.call
        let project = Project()
        project.$programme.id = call.$programme.id
        project.$instrument.id = call.instruments.count == 1 ? call.instruments[0].id : nil
        project.name = LocalizedText(fi: application.title)
        project.summary = LocalizedText(fi: application.summary)
        project.status = .planned
        project.totalCents = application.totalCents
        project.searchText = SearchFolding.fold(application.title)
        try await project.create(on: database)
        let id = try project.requireID()
        for partner in application.sortedPartners {
            let implementer = ProjectImplementer()
            implementer.$project.id = id
            implementer.$organization.id = partner.$organization.id
            implementer.role = partner.role.implementerRole
            implementer.$contactPerson.id = partner.$contactPerson.id
            implementer.budgetCents = partner.budgetCents
            try await implementer.create(on: database)
        }
        for planned in application.workPackages.sorted(by: { $0.number < $1.number }) {
            let workPackage = WorkPackage()
            workPackage.$project.id = id
            workPackage.number = planned.number
            workPackage.title = LocalizedText(fi: planned.title)
            workPackage.summary = LocalizedText(fi: planned.description)
            workPackage.$responsible.id = planned.$responsible.id
            try await workPackage.create(on: database)
        }
        for planned in application.targets {
            let target = IndicatorTarget()
            target.$project.id = id
            target.$indicator.id = planned.$indicator.id
            target.value = planned.value
            try await target.create(on: database)
        }
        for theme in call.themes {
            try await ProjectTheme(project: id, competence: try theme.requireID()).create(on: database)
        }
        return project
    }
}
