import Foundation
import Vapor

/// An application as its readers see it (the consortium, the office, declared reviewers, body members).
struct ApplicationDTO: Content {
    struct Partner: Content {
        var id: Int
        var organizationId: Int
        var organizationName: String
        var municipalityCode: String?
        var role: ApplicationPartner.Role
        var contactPersonId: Int?
        var contactPersonName: String?
        var budgetCents: Int64?
        var requestedCents: Int64?
    }

    struct WorkPackage: Content {
        var id: Int
        var number: Int
        var title: String
        var description: String?
        var responsibleId: Int?
    }

    struct Target: Content {
        var indicatorId: Int
        var value: String
    }

    var id: Int
    var callId: Int
    var programmeId: Int
    var state: ApplicationState
    var version: Int
    var title: String
    var summary: String?
    var objectives: String?
    var totalCents: Int64?
    var requestedCents: Int64?
    var submittedAt: Date?
    var projectId: Int?
    var conditions: String?
    var partners: [Partner]
    var workPackages: [WorkPackage]
    var targets: [Target]
    /// What is still missing before it can be submitted (field → translation key), while the consortium edits.
    var missing: [String: String]
}

/// A line of the audit trail.
struct ApplicationEventDTO: Content {
    var sequence: Int
    var at: Date
    var action: ApplicationAction
    var fromState: ApplicationState?
    var toState: ApplicationState
    var actorName: String
    var reason: String?
    var finding: String?
    var findingValues: [String: String]?
    var meetingId: Int?
}

extension FundingApplication {
    /// Needs everything `ApplicationLoader.query` loads.
    func toDTO() throws -> ApplicationDTO {
        ApplicationDTO(
            id: try requireID(), callId: $call.id, programmeId: call.$programme.id, state: state, version: version, title: title, summary: summary,
            objectives: objectives, totalCents: totalCents, requestedCents: requestedCents, submittedAt: submittedAt, projectId: $project.id,
            conditions: conditions,
            partners: try sortedPartners.map {
                .init(
                    id: try $0.requireID(), organizationId: $0.$organization.id, organizationName: $0.organization.name,
                    municipalityCode: $0.organization.$municipality.id, role: $0.role, contactPersonId: $0.$contactPerson.id,
                    contactPersonName: $0.contactPerson?.name, budgetCents: $0.budgetCents, requestedCents: $0.requestedCents)
            },
            workPackages: try workPackages.sorted { $0.number < $1.number }.map {
                .init(id: try $0.requireID(), number: $0.number, title: $0.title, description: $0.description, responsibleId: $0.$responsible.id)
            },
            targets: targets.sorted { $0.$indicator.id < $1.$indicator.id }.map {
                .init(indicatorId: $0.$indicator.id, value: FixedPoint.quantity.plain($0.value))
            },
            missing: state.isEditable ? CompletenessCheck.missing(self) : [:])
    }

    static let csvHeader = ["id", "call_id", "state", "title", "lead", "partners", "total_eur", "requested_eur", "submitted_at", "project_id"]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", "\($call.id)", state.rawValue, title, lead?.organization.name, "\(partners.count)",
            totalCents.map(FixedPoint.money.plain), requestedCents.map(FixedPoint.money.plain),
            submittedAt.map { $0.formatted(.iso8601) }, $project.id.map(String.init),
        ]
    }
}

extension ApplicationEvent {
    func toDTO() -> ApplicationEventDTO {
        ApplicationEventDTO(
            sequence: sequence, at: at, action: action, fromState: fromState, toState: toState, actorName: actorName, reason: reason,
            finding: finding?.key, findingValues: finding?.values, meetingId: $meeting.id)
    }
}
