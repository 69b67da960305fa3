import Fluent
import Foundation

/// Checks and saves programmes, each in one transaction; shared by the forms, the API and the demo data.
struct ProgrammeEditor {
    let database: any Database

    /// `formErrors` are those the form found while reading typed text (money, numbers), reported with the rest.
    func save(_ input: ProgrammeInput, into programme: Programme, formErrors: [String: String] = [:]) async throws {
        var errors = formErrors
        let name = input.name.nonEmpty
        if name == nil { errors["name"] = "field.required" } else if name!.count > 200 { errors["name"] = "field.tooLong" }
        let (startsOn, endsOn) = NetworkEditor.checkPeriod(startsOn: input.startsOn, endsOn: input.endsOn, into: &errors)
        if let budget = input.budgetCents, budget < 0 { errors["budgetCents"] = "money.negative" }
        let website = input.website.nonEmpty.map(OrganizationEditor.normalizeWebsite)
        if let website, website == nil { errors["website"] = "organization.website.invalid" }
        if let coordinatorID = input.coordinatorId, try await Organization.find(coordinatorID, on: database) == nil {
            errors["coordinatorId"] = "person.organization.unknown"
        }
        let cityIDs = Array(Set(input.memberCities ?? []))
        let cities = cityIDs.isEmpty ? [] : try await Organization.query(on: database).filter(\.$id ~~ cityIDs).all()
        if cities.count != cityIDs.count { errors["memberCities"] = "person.organization.unknown" }
        if let minimum = input.minMemberCities, minimum < 1 || minimum > max(1, cityIDs.count) {
            errors["minMemberCities"] = "programme.rule.invalid"
        }
        let themeIDs = Array(Set(input.themes ?? []))
        let themes = themeIDs.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ themeIDs).all()
        if themes.count != themeIDs.count { errors["themes"] = "organization.competences.unknown" }
        let groups = (input.targetGroups ?? []).map { TargetGroup(rawValue: $0) }
        if groups.contains(nil) { errors["targetGroups"] = "targetGroup.unknown" }
        if let name {
            var same = Programme.query(on: database).filter(\.$name == name)
            if let id = programme.id { same = same.filter(\.$id != id) }
            if try await same.first() != nil { errors["name"] = "programme.name.taken" }
        }
        guard errors.isEmpty, let name else { throw Problem.validation(errors) }

        programme.name = name
        programme.purpose = input.purpose ?? LocalizedText()
        programme.startsOn = startsOn
        programme.endsOn = endsOn
        programme.budgetCents = input.budgetCents
        programme.budgetApproximate = input.budgetApproximate ?? false
        programme.website = website ?? nil
        programme.$coordinator.id = input.coordinatorId
        programme.minMemberCities = input.minMemberCities
        programme.targetGroups = groups.compactMap { $0 }
        try await database.writeTransaction { db in
            try await programme.save(on: db)
            let id = try programme.requireID()
            try await db.replaceLinks(
                ProgrammeMemberCity.query(on: db).filter(\.$programme.$id == id),
                with: cityIDs.map { ProgrammeMemberCity(programme: id, organization: $0) })
            try await db.replaceLinks(
                ProgrammeTheme.query(on: db).filter(\.$programme.$id == id),
                with: themeIDs.map { ProgrammeTheme(programme: id, competence: $0) })
        }
    }

    /// Removes a programme with its catalogue; its projects stay, without a programme.
    func delete(_ programme: Programme) async throws {
        let id = try programme.requireID()
        // Applications keep their audit trail: a programme that has received any is not removed.
        if try await FundingApplication.query(on: database).join(Call.self, on: \FundingApplication.$call.$id == \Call.$id)
            .filter(Call.self, \.$programme.$id == id).count() > 0
        {
            throw Problem.inUse(detailKey: "call.hasApplications")
        }
        try await database.writeTransaction { db in
            let indicatorIDs = try await Indicator.query(on: db).filter(\.$programme.$id == id).all().compactMap(\.id)
            if !indicatorIDs.isEmpty {
                try await IndicatorActual.query(on: db).filter(\.$indicator.$id ~~ indicatorIDs).delete()
                try await IndicatorReport.query(on: db).filter(\.$indicator.$id ~~ indicatorIDs).delete()
                try await IndicatorTarget.query(on: db).filter(\.$indicator.$id ~~ indicatorIDs).delete()
            }
            try await ProgrammeFigure.query(on: db).filter(\.$programme.$id == id).delete()
            try await Indicator.query(on: db).filter(\.$programme.$id == id).delete()
            try await Project.query(on: db).filter(\.$programme.$id == id).set(\.$instrument.$id, to: nil).set(\.$programme.$id, to: nil).update()
            try await FundingInstrument.query(on: db).filter(\.$programme.$id == id).delete()
            try await ProgrammeMemberCity.query(on: db).filter(\.$programme.$id == id).delete()
            try await ProgrammeTheme.query(on: db).filter(\.$programme.$id == id).delete()
            try await programme.delete(on: db)
        }
    }
}
