import Fluent
import Foundation

/// Checks and saves the parts of a project: implementers, work packages, results and indicator targets.
struct ProjectPartsEditor {
    let database: any Database
    let project: Project

    private var projectID: Int { project.id ?? 0 }

    /// Adds or changes an implementer; the organisation is given when adding and cannot change.
    func saveImplementer(_ input: ImplementerInput, into implementer: ProjectImplementer) async throws {
        var errors: [String: String] = [:]
        let organizationID = implementer.id == nil ? input.organizationId : implementer.$organization.id
        if let organizationID {
            if try await Organization.find(organizationID, on: database) == nil {
                errors["organizationId"] = "person.organization.unknown"
            } else if implementer.id == nil, project.implementers.contains(where: { $0.$organization.id == organizationID }) {
                errors["organizationId"] = "project.implementer.duplicate"
            }
        } else {
            errors["organizationId"] = "field.required"
        }
        let role = input.role.nonEmpty.flatMap(ProjectImplementer.Role.init(rawValue:))
        if role == nil { errors["role"] = input.role.nonEmpty == nil ? "field.required" : "project.role.invalid" }
        if role == .lead, project.implementers.contains(where: { $0.role == .lead && $0.id != implementer.id }) {
            errors["role"] = "project.lead.taken"
        }
        if let personID = input.contactPersonId {
            let person = try await Person.find(personID, on: database)
            if person == nil {
                errors["contactPersonId"] = "network.contact.unknown"
            } else if person?.$organization.id != organizationID {
                errors["contactPersonId"] = "network.contact.otherOrganization"
            }
        }
        if let budget = input.budgetCents, budget < 0 { errors["budgetCents"] = "money.negative" }
        guard errors.isEmpty, let role, let organizationID else { throw Problem.validation(errors) }
        implementer.$project.id = projectID
        implementer.$organization.id = organizationID
        implementer.role = role
        implementer.$contactPerson.id = input.contactPersonId
        implementer.budgetCents = input.budgetCents
        do {
            try await implementer.save(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation(["organizationId": "project.implementer.duplicate"])
        }
    }

    /// Removes an implementer unless it is responsible for a work package (the package would lose its owner unseen).
    func removeImplementer(_ implementer: ProjectImplementer) async throws {
        if project.workPackages.contains(where: { $0.$responsible.id == implementer.$organization.id }) {
            throw Problem.inUse(detailKey: "project.implementer.responsible")
        }
        try await implementer.delete(on: database)
    }

    func saveWorkPackage(_ input: WorkPackageInput, into workPackage: WorkPackage) async throws {
        var errors: [String: String] = [:]
        if let number = input.number {
            if !(1...99).contains(number) {
                errors["number"] = "workPackage.number.invalid"
            } else if project.workPackages.contains(where: { $0.number == number && $0.id != workPackage.id }) {
                errors["number"] = "workPackage.number.taken"
            }
        } else {
            errors["number"] = "field.required"
        }
        let title = CatalogueEditor.checkName(input.title, field: "title", into: &errors)
        if let responsibleID = input.responsibleId, !project.implementers.contains(where: { $0.$organization.id == responsibleID }) {
            errors["responsibleId"] = "workPackage.responsible.notImplementer"
        }
        var items: [WorkPackageItem] = []
        for (index, raw) in (input.items ?? []).enumerated() {
            let field = "items.\(index)"
            let item = WorkPackageItem()
            guard let title = raw.title.nonEmpty else { errors["\(field).title"] = "field.required"; continue }
            guard let kind = WorkPackageItem.Kind(rawValue: raw.kind.nonEmpty ?? "task") else {
                errors["\(field).kind"] = "workItem.kind.invalid"; continue
            }
            guard let status = WorkPackageItem.Status(rawValue: raw.status.nonEmpty ?? "notStarted") else {
                errors["\(field).status"] = "workItem.status.invalid"; continue
            }
            if let due = raw.dueOn.nonEmpty {
                guard let date = PartialDate(due), date.isDay else { errors["\(field).dueOn"] = "date.invalidDay"; continue }
                item.dueOn = date.text
            }
            item.kind = kind
            item.title = title
            item.status = status
            item.position = index
            items.append(item)
        }
        guard errors.isEmpty, let number = input.number, let title else { throw Problem.validation(errors) }
        workPackage.$project.id = projectID
        workPackage.number = number
        workPackage.title = title
        workPackage.summary = input.description ?? LocalizedText()
        workPackage.$responsible.id = input.responsibleId
        let newItems = items
        do {
            try await database.writeTransaction { db in
                try await workPackage.save(on: db)
                let id = try workPackage.requireID()
                for item in newItems { item.$workPackage.id = id }
                try await db.replaceLinks(WorkPackageItem.query(on: db).filter(\.$workPackage.$id == id), with: newItems)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation(["number": "workPackage.number.taken"])
        }
    }

    func deleteWorkPackage(_ workPackage: WorkPackage) async throws {
        let id = try workPackage.requireID()
        try await database.writeTransaction { db in
            try await WorkPackageItem.query(on: db).filter(\.$workPackage.$id == id).delete()
            try await workPackage.delete(on: db)
        }
    }

    func saveResult(_ input: ResultInput, into result: ProjectResult) async throws {
        var errors: [String: String] = [:]
        let kind = input.kind.nonEmpty.flatMap(ProjectResult.Kind.init(rawValue:))
        if kind == nil { errors["kind"] = input.kind.nonEmpty == nil ? "field.required" : "result.kind.invalid" }
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" } else if title!.count > 300 { errors["title"] = "field.tooLong" }
        let url = input.url.nonEmpty.map(OrganizationEditor.normalizeWebsite)
        if let url, url == nil { errors["url"] = "organization.website.invalid" }
        guard errors.isEmpty, let kind, let title else { throw Problem.validation(errors) }
        result.$project.id = projectID
        result.kind = kind
        result.title = title
        result.summary = input.description.nonEmpty
        result.url = url ?? nil
        try await result.save(on: database)
    }

    func deleteResult(_ result: ProjectResult) async throws {
        try await result.delete(on: database)
    }

    /// Replaces the project's targets; every indicator must be from the project's programme.
    func saveTargets(_ input: TargetsInput) async throws {
        let catalogue =
            try await project.$programme.id.asyncMap {
                try await Indicator.query(on: database).filter(\.$programme.$id == $0).all().compactMap(\.id)
            } ?? []
        let targets = try input.checked(catalogue: Set(catalogue)).map { checked in
            let target = IndicatorTarget()
            target.$project.id = projectID
            target.$indicator.id = checked.indicator
            target.value = checked.value
            return target
        }
        let newTargets = targets
        try await database.writeTransaction { db in
            try await db.replaceLinks(IndicatorTarget.query(on: db).filter(\.$project.$id == projectID), with: newTargets)
        }
    }
}
