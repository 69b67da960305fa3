import Foundation

/// An implementer of a project as the API or a form submits it.
struct ImplementerInput: Codable, Sendable {
    var organizationId: Int?
    var role: String?
    var contactPersonId: Int?
    var budgetCents: Int64?
}

/// A work package with its tasks and deliverables (the list replaces the package's items).
struct WorkPackageInput: Codable, Sendable {
    struct Item: Codable, Sendable {
        var kind: String?
        var title: String?
        var dueOn: String?
        var status: String?
    }

    var number: Int?
    var title: LocalizedText?
    var description: LocalizedText?
    var responsibleId: Int?
    var items: [Item]?
}

struct ResultInput: Codable, Sendable {
    var kind: String?
    var title: String?
    var description: String?
    var url: String?
}

/// A project's (or an application's) targets: every indicator it aims at, with the target as decimal text. Replaces the targets.
struct TargetsInput: Codable, Sendable {
    struct Target: Codable, Sendable {
        var indicatorId: Int?
        var value: String?
    }

    var targets: [Target]

    /// The targets checked: each indicator from `catalogue`, once, with a value of zero or more in thousandths; an empty
    /// value leaves that indicator without a target. 422 naming each bad row (`targets.2.value`).
    func checked(catalogue: Set<Int>) throws -> [(indicator: Int, value: Int64)] {
        var errors: [String: String] = [:]
        var checked: [(indicator: Int, value: Int64)] = []
        var seen = Set<Int>()
        for (index, raw) in targets.enumerated() {
            let field = "targets.\(index)"
            guard let indicatorID = raw.indicatorId, catalogue.contains(indicatorID) else {
                errors["\(field).indicatorId"] = "indicator.notOfProgramme"; continue
            }
            guard seen.insert(indicatorID).inserted else { errors["\(field).indicatorId"] = "target.duplicate"; continue }
            guard let text = raw.value.nonEmpty else { continue }
            guard let value = FixedPoint.quantity.parse(text), value >= 0 else { errors["\(field).value"] = "number.invalid"; continue }
            checked.append((indicatorID, value))
        }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        return checked
    }
}

/// A new indicator report.
struct ReportInput: Codable, Sendable {
    var indicatorId: Int?
    var periodStart: String?
    var periodEnd: String?
    var value: String?
    var note: String?
}

/// A correction of a report: the `version` it corrects, and what changes (the indicator never does).
struct ReportCorrection: Codable, Sendable {
    var version: Int?
    var periodStart: String?
    var periodEnd: String?
    var value: String?
    var note: String?
}

extension ProjectImplementer {
    var input: ImplementerInput {
        ImplementerInput(organizationId: $organization.id, role: role.rawValue, contactPersonId: $contactPerson.id, budgetCents: budgetCents)
    }
}

extension WorkPackage {
    /// Needs items loaded.
    var input: WorkPackageInput {
        WorkPackageInput(
            number: number, title: title, description: summary, responsibleId: $responsible.id,
            items: sortedItems.map { .init(kind: $0.kind.rawValue, title: $0.title, dueOn: $0.dueOn, status: $0.status.rawValue) })
    }

    var sortedItems: [WorkPackageItem] { items.sorted { $0.position < $1.position } }
}

extension ProjectResult {
    var input: ResultInput { ResultInput(kind: kind.rawValue, title: title, description: summary, url: url) }
}
