import Fluent
import Foundation

extension ApplicationPage {
    /// The page's loader, for an application the handler let `viewer` read (`ApplicationAccess.requireReadable`, which loads
    /// it whole): its consortium, work packages and targets, what is still missing, the audit trail and — for the office —
    /// the reviews, as plain rows; `viewer` decides what they are to it (the consortium, the office).
    static func load(_ application: FundingApplication, viewer: User, on database: any Database) async throws -> ApplicationPage {
        let isOffice = ApplicationAccess.isOffice(viewer, application)
        let events = try await ApplicationLoader.events(application, on: database)
        var assessments: [Review] = []
        if isOffice { assessments = try await ReviewLoader.ofApplication(application, on: database) }
        let names = Dictionary(application.partners.map { ($0.$organization.id, $0.organization.name) }) { first, _ in first }
        let indicators = Dictionary(uniqueKeysWithValues: application.call.programme.indicators.compactMap { i in i.id.map { ($0, i) } })
        return ApplicationPage(
            id: try application.requireID(), title: application.title, callID: application.$call.id, callTitle: application.call.heading,
            callClosesAt: application.call.closesAt, state: application.state, submittedAt: application.submittedAt,
            totalCents: application.totalCents, requestedCents: application.requestedCents, projectID: application.$project.id,
            conditions: application.conditions,
            missing: application.state.isEditable ? CompletenessCheck.missing(application) : [:],
            summary: application.summary, objectives: application.objectives,
            partners: try application.sortedPartners.map { partner in
                Partner(
                    id: try partner.requireID(), organizationID: partner.$organization.id, organizationName: partner.organization.name,
                    role: partner.role,
                    contactName: partner.contactPerson?.name, budgetCents: partner.budgetCents, requestedCents: partner.requestedCents)
            },
            workPackages: application.workPackages.sorted { $0.number < $1.number }.map { wp in
                PlannedWorkPackage(
                    number: wp.number, title: wp.title, description: wp.description, responsibleName: wp.$responsible.id.flatMap { names[$0] })
            },
            targets: application.targets.sorted { $0.$indicator.id < $1.$indicator.id }.map { target -> Target in
                let indicator = indicators[target.$indicator.id]
                return Target(indicatorName: indicator?.name, unit: indicator?.unit, value: target.value)
            },
            reviews: try assessments.map { assessment in
                ReviewRow(id: try assessment.requireID(), reviewerName: assessment.reviewer.name, state: assessment.state, total: assessment.total)
            },
            history: events.map { event in
                HistoryLine(
                    at: event.at, action: event.action, toState: event.toState, actorName: event.actorName, reason: event.reason,
                    finding: event.finding)
            },
            isConsortium: ApplicationAccess.isConsortium(viewer, application), isOffice: isOffice)
    }
}
