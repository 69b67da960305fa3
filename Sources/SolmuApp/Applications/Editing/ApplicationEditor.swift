import Fluent
import Foundation

/// Checks and saves what the consortium writes: the application's text, its partners, work packages and targets.
/// Only a draft (before the call closes) or an application returned for completion can be edited.
struct ApplicationEditor {
    let database: any Database
    /// Needs call, programme and partners loaded.
    let application: FundingApplication
    var now = Date()

    /// 409 unless the consortium may edit now; a draft's call closing while the form was open is told plainly.
    func requireEditable() throws {
        guard application.state.isEditable else {
            throw Problem.conflict(
                detailKey: "application.notEditable",
                detailValues: ["state": application.state.rawValue])
        }
        if application.state == .draft, now >= application.call.closesAt { throw Self.closed(application.call) }
    }

    static func closed(_ call: Call) -> Problem {
        Problem.conflict(
            detailKey: "call.closed",
            detailValues: ["closesAt": HelsinkiTime.local(call.closesAt).replacingOccurrences(of: "T", with: " ")])
    }

    /// A new draft for `call`, led by `lead` with `user` (their person) as its contact; its first audit line.
    static func create(_ input: ApplicationInput, call: Call, by user: User, on database: any Database, now: Date = Date()) async throws
        -> FundingApplication
    {
        var errors: [String: String] = [:]
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" } else if title!.count > 300 { errors["title"] = "field.tooLong" }
        let leadID = input.leadOrganizationId ?? user.$organization.id
        if leadID == nil {
            errors["leadOrganizationId"] = "field.required"
        } else if try await Organization.find(leadID, on: database) == nil {
            errors["leadOrganizationId"] = "person.organization.unknown"
        }
        // One applies for the organisation one acts for: naming another as lead would commit it without its consent.
        else if !user.isAdmin, leadID != user.$organization.id {
            errors["leadOrganizationId"] = "application.lead.notYours"
        }
        guard errors.isEmpty, let title, let leadID else { throw Problem.validation(errors) }
        guard call.isOpen(at: now) else {
            if now >= call.closesAt { throw closed(call) }
            throw Problem.conflict(detailKey: "call.notOpen")
        }
        let application = FundingApplication()
        application.$call.id = try call.requireID()
        application.title = title
        application.summary = input.summary.nonEmpty
        application.objectives = input.objectives.nonEmpty
        application.$createdBy.id = user.id
        try await database.writeTransaction { db in
            try await application.create(on: db)
            let lead = ApplicationPartner()
            lead.$application.id = try application.requireID()
            lead.$organization.id = leadID
            lead.role = .lead
            lead.$contactPerson.id = user.$person.id
            try await lead.create(on: db)
            try await ApplicationWorkflow.record(.create, application: application, from: nil, to: .draft, by: user, sequence: 1, at: now, on: db)
        }
        return application
    }

    /// Saves title, summary and objectives from the version the editor read.
    func save(_ input: ApplicationInput, by user: User) async throws {
        try requireEditable()
        var errors: [String: String] = [:]
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" } else if title!.count > 300 { errors["title"] = "field.tooLong" }
        if input.version == nil { errors["version"] = "field.required" }
        guard errors.isEmpty, let title, let version = input.version else { throw Problem.validation(errors) }
        let id = try application.requireID()
        try await database.writeTransaction { db in
            guard try await OptimisticLock.advance(FundingApplication.schema, id: id, from: version, on: db) else { throw OptimisticLock.conflict() }
            try await FundingApplication.query(on: db).filter(\.$id == id)
                .set(\.$title, to: title).set(\.$summary, to: input.summary.nonEmpty).set(\.$objectives, to: input.objectives.nonEmpty)
                .set(\.$updatedAt, to: now).update()
        }
        application.title = title
        application.summary = input.summary.nonEmpty
        application.objectives = input.objectives.nonEmpty
        application.version = version + 1
    }

    func savePartner(_ input: PartnerInput, into partner: ApplicationPartner) async throws {
        try requireEditable()
        var errors: [String: String] = [:]
        let role = input.role.flatMap(ApplicationPartner.Role.init(rawValue:))
        if role == nil { errors["role"] = input.role == nil ? "field.required" : "applicantRole.unknown" }
        if let organizationID = input.organizationId {
            if try await Organization.find(organizationID, on: database) == nil {
                errors["organizationId"] = "person.organization.unknown"
            } else if application.partners.contains(where: { $0.$organization.id == organizationID && $0.id != partner.id }) {
                errors["organizationId"] = "application.partner.duplicate"
            }
        } else {
            errors["organizationId"] = "field.required"
        }
        if role == .lead, application.partners.contains(where: { $0.role == .lead && $0.id != partner.id }) {
            errors["role"] = "application.lead.taken"
        }
        if partner.$role.value == .lead, role == .coApplicant { errors["role"] = "application.lead.required" }
        if let personID = input.contactPersonId {
            let person = try await Person.find(personID, on: database)
            if person == nil {
                errors["contactPersonId"] = "network.contact.unknown"
            } else if person?.$organization.id != input.organizationId {
                errors["contactPersonId"] = "network.contact.otherOrganization"
            }
        }
        if let budget = input.budgetCents, budget < 0 { errors["budgetCents"] = "money.negative" }
        if let requested = input.requestedCents {
            if requested < 0 {
                errors["requestedCents"] = "money.negative"
            } else if let budget = input.budgetCents, requested > budget {
                errors["requestedCents"] = "application.requested.aboveBudget"
            }
        }
        guard errors.isEmpty, let role, let organizationID = input.organizationId else { throw Problem.validation(errors) }
        partner.$application.id = try application.requireID()
        partner.$organization.id = organizationID
        partner.role = role
        partner.$contactPerson.id = input.contactPersonId
        partner.budgetCents = input.budgetCents
        partner.requestedCents = input.requestedCents
        try await partner.save(on: database)
    }

    /// The lead stays (change it by editing); a partner responsible for a work package goes only once that is reassigned.
    func removePartner(_ partner: ApplicationPartner) async throws {
        try requireEditable()
        if partner.role == .lead { throw Problem.inUse(detailKey: "application.lead.required") }
        let id = try application.requireID()
        if try await ApplicationWorkPackage.query(on: database).filter(\.$application.$id == id).filter(
            \.$responsible.$id == partner.$organization.id
        ).count() > 0 {
            throw Problem.inUse(detailKey: "project.implementer.responsible")
        }
        try await partner.delete(on: database)
    }

    func saveWorkPackage(_ input: PlannedWorkPackageInput, into workPackage: ApplicationWorkPackage) async throws {
        try requireEditable()
        var errors: [String: String] = [:]
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" }
        if let number = input.number {
            if !(1...99).contains(number) {
                errors["number"] = "number.invalid"
            } else if application.workPackages.contains(where: { $0.number == number && $0.id != workPackage.id }) {
                errors["number"] = "workPackage.number.taken"
            }
        } else {
            errors["number"] = "field.required"
        }
        if let responsible = input.responsibleId, !application.partners.contains(where: { $0.$organization.id == responsible }) {
            errors["responsibleId"] = "application.responsible.notPartner"
        }
        guard errors.isEmpty, let title, let number = input.number else { throw Problem.validation(errors) }
        workPackage.$application.id = try application.requireID()
        workPackage.number = number
        workPackage.title = title
        workPackage.description = input.description.nonEmpty
        workPackage.$responsible.id = input.responsibleId
        do {
            try await workPackage.save(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation(["number": "workPackage.number.taken"])
        }
    }

    func removeWorkPackage(_ workPackage: ApplicationWorkPackage) async throws {
        try requireEditable()
        try await workPackage.delete(on: database)
    }

    /// Replaces the planned targets; every indicator must be in the programme's catalogue.
    func saveTargets(_ input: TargetsInput) async throws {
        try requireEditable()
        let id = try application.requireID()
        let targets = try input.checked(catalogue: Set(application.call.programme.indicators.compactMap(\.id)))
            .map { ApplicationTarget(application: id, indicator: $0.indicator, value: $0.value) }
        let newTargets = targets
        try await database.writeTransaction { db in
            try await db.replaceLinks(ApplicationTarget.query(on: db).filter(\.$application.$id == id), with: newTargets)
        }
    }
}
