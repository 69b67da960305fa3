import Fluent
import Foundation

/// Checks and saves projects, each in one transaction; shared by the forms, the API and the demo data.
struct ProjectEditor {
    let database: any Database

    /// `formErrors` are those the form found while reading typed text (money), reported with the rest.
    func save(_ input: ProjectInput, into project: Project, formErrors: [String: String] = [:]) async throws {
        var errors = formErrors
        let name = CatalogueEditor.checkName(input.name, into: &errors)
        let code = input.code.nonEmpty
        if let code, code.count > 40 { errors["code"] = "field.tooLong" }
        let status = Project.Status(rawValue: input.status.nonEmpty ?? "planned")
        if status == nil { errors["status"] = "project.status.invalid" }
        let (startsOn, endsOn) = NetworkEditor.checkPeriod(startsOn: input.startsOn, endsOn: input.endsOn, into: &errors)
        Self.checkMoney(input, into: &errors)
        let website = input.website.nonEmpty.map(OrganizationEditor.normalizeWebsite)
        if let website, website == nil { errors["website"] = "organization.website.invalid" }
        var programme: Programme?
        if let programmeID = input.programmeId {
            programme = try await ProgrammeLoader.find(programmeID, on: database)
            if programme == nil { errors["programmeId"] = "programme.unknown" }
        }
        if let instrumentID = input.instrumentId {
            let instrument = try await FundingInstrument.find(instrumentID, on: database)
            if instrument == nil || instrument?.$programme.id != input.programmeId { errors["instrumentId"] = "instrument.notOfProgramme" }
        }
        if let networkID = input.networkId, try await Network.find(networkID, on: database) == nil { errors["networkId"] = "network.unknown" }
        // Targets and reports belong to the programme's indicators: a project that has them cannot silently change programme.
        if let id = project.id, project.$programme.id != nil, input.programmeId != project.$programme.id {
            let reported = try await IndicatorReport.query(on: database).filter(\.$project.$id == id).first() != nil
            let targeted = try await IndicatorTarget.query(on: database).filter(\.$project.$id == id).first() != nil
            if reported || targeted { errors["programmeId"] = "project.programme.hasReports" }
        }
        let themeIDs = Array(Set(input.themes ?? []))
        let themes = themeIDs.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ themeIDs).all()
        if themes.count != themeIDs.count { errors["themes"] = "organization.competences.unknown" }
        let groups = (input.targetGroups ?? []).map { TargetGroup(rawValue: $0) }
        if groups.contains(nil) { errors["targetGroups"] = "targetGroup.unknown" }
        if let code, try await Project.query(on: database).filter(\.$code == code).all().contains(where: { $0.id != project.id }) {
            errors["code"] = "code.taken"
        }
        // A project can be planned while its consortium is still forming, but runs only when the programme's rule holds.
        if status == .ongoing, let programme, project.status != .ongoing || project.$programme.id != programme.id {
            let implementers = try await project.id.asyncMap { try await ProjectLoader.implementers(of: $0, on: database) } ?? []
            if !EligibilityCheck(programme: programme, implementers: implementers).passes { errors["status"] = "project.status.ruleFailed" }
        }
        guard errors.isEmpty, let name, let status else { throw Problem.validation(errors) }

        project.code = code
        project.name = name
        project.summary = input.summary ?? LocalizedText()
        project.$programme.id = input.programmeId
        project.$instrument.id = input.instrumentId
        project.$network.id = input.networkId
        project.status = status
        project.spearhead = input.spearhead ?? false
        project.startsOn = startsOn
        project.endsOn = endsOn
        project.totalCents = input.totalCents
        project.euCents = input.euCents
        project.nationalCents = input.nationalCents
        project.ownCents = input.ownCents
        project.targetGroups = groups.compactMap { $0 }
        project.website = website ?? nil
        project.searchText = SearchFolding.fold([code, name.fi, name.sv, name.en].compactMap { $0 }.joined(separator: " "))
        do {
            try await database.writeTransaction { db in
                try await project.save(on: db)
                let id = try project.requireID()
                try await db.replaceLinks(
                    ProjectTheme.query(on: db).filter(\.$project.$id == id),
                    with: themeIDs.map { ProjectTheme(project: id, competence: $0) })
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation(["code": "code.taken"])
        }
    }

    /// Amounts are never negative, the EU share never above the total, and the funding parts never more than the total.
    static func checkMoney(_ input: ProjectInput, into errors: inout [String: String]) {
        let amounts: [(String, Int64?)] = [
            ("totalCents", input.totalCents), ("euCents", input.euCents),
            ("nationalCents", input.nationalCents), ("ownCents", input.ownCents),
        ]
        for (field, amount) in amounts where (amount ?? 0) < 0 { errors[field] = "money.negative" }
        guard let total = input.totalCents, total >= 0 else { return }
        if let eu = input.euCents, eu > total, errors["euCents"] == nil { errors["euCents"] = "project.eu.aboveTotal" }
        let parts = [input.euCents, input.nationalCents, input.ownCents].compactMap { $0 }
        if errors.isEmpty, parts.reduce(0, +) > total { errors["ownCents"] = "project.funding.aboveTotal" }
    }

    /// Removes the project with everything in it (the database cascades to implementers, packages, targets and reports).
    func delete(_ project: Project) async throws {
        let id = try project.requireID()
        try await database.writeTransaction { db in
            let packageIDs = try await WorkPackage.query(on: db).filter(\.$project.$id == id).all().compactMap(\.id)
            if !packageIDs.isEmpty { try await WorkPackageItem.query(on: db).filter(\.$workPackage.$id ~~ packageIDs).delete() }
            try await WorkPackage.query(on: db).filter(\.$project.$id == id).delete()
            try await IndicatorActual.query(on: db).filter(\.$project.$id == id).delete()
            try await IndicatorReport.query(on: db).filter(\.$project.$id == id).delete()
            try await IndicatorTarget.query(on: db).filter(\.$project.$id == id).delete()
            try await ProjectResult.query(on: db).filter(\.$project.$id == id).delete()
            try await ProjectImplementer.query(on: db).filter(\.$project.$id == id).delete()
            try await ProjectTheme.query(on: db).filter(\.$project.$id == id).delete()
            try await project.delete(on: db)
        }
    }
}
