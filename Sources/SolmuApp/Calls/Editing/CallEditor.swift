import Fluent
import Foundation

/// Checks and saves calls and their criteria; shared by the forms, the API and the demo data.
struct CallEditor {
    let database: any Database

    /// Needs `programme` loaded with its instruments. `formErrors` are those the form found reading typed text.
    func save(_ input: CallInput, into call: Call, programme: Programme, formErrors: [String: String] = [:]) async throws {
        var errors = formErrors
        let title = input.title ?? LocalizedText()
        if title.fi == nil { errors["title"] = "field.required" }
        if let number = input.number {
            if !(1...999).contains(number) { errors["number"] = "number.invalid" }
        } else if errors["number"] == nil {
            errors["number"] = "field.required"
        }
        let opensAt = Self.time(input.opensAt, field: "opensAt", into: &errors)
        let closesAt = Self.time(input.closesAt, field: "closesAt", into: &errors)
        if let opensAt, let closesAt, closesAt <= opensAt { errors["closesAt"] = "call.closesBeforeOpens" }
        if let budget = input.budgetCents, budget < 0 { errors["budgetCents"] = "money.negative" }
        let instrumentIDs = Array(Set(input.instrumentIds ?? []))
        let programmeInstruments = Set(programme.instruments.compactMap(\.id))
        if instrumentIDs.contains(where: { !programmeInstruments.contains($0) }) { errors["instrumentIds"] = "call.instrument.unknown" }
        let themeIDs = Array(Set(input.themeIds ?? []))
        let themes = themeIDs.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ themeIDs).all()
        if themes.count != themeIDs.count { errors["themeIds"] = "organization.competences.unknown" }
        if let number = input.number {
            var same = Call.query(on: database).filter(\.$programme.$id == (try programme.requireID())).filter(\.$number == number)
            if let id = call.id { same = same.filter(\.$id != id) }
            if try await same.first() != nil { errors["number"] = "call.number.taken" }
        }
        guard errors.isEmpty, let number = input.number, let opensAt, let closesAt else { throw Problem.validation(errors) }

        call.$programme.id = try programme.requireID()
        call.number = number
        call.title = title
        call.description = input.description ?? LocalizedText()
        call.opensAt = opensAt
        call.closesAt = closesAt
        call.budgetCents = input.budgetCents
        call.published = input.published ?? false
        call.example = input.example ?? false
        try await database.writeTransaction { db in
            try await call.save(on: db)
            let id = try call.requireID()
            try await db.replaceLinks(
                CallInstrument.query(on: db).filter(\.$call.$id == id), with: instrumentIDs.sorted().map { CallInstrument(call: id, instrument: $0) })
            try await db.replaceLinks(
                CallTheme.query(on: db).filter(\.$call.$id == id), with: themeIDs.sorted().map { CallTheme(call: id, competence: $0) })
        }
    }

    /// A time given in Helsinki time (or with an offset): required, and a real instant.
    static func time(_ raw: String?, field: String, into errors: inout [String: String]) -> Date? {
        guard let raw = raw.nonEmpty else { errors[field] = "field.required"; return nil }
        guard let date = HelsinkiTime.parse(raw) else { errors[field] = "time.invalid"; return nil }
        return date
    }

    /// Criteria cannot change once a reviewer has scored against them: the scores would then mean something else.
    func saveCriterion(_ input: CriterionInput, call: Call, into criterion: CallCriterion) async throws {
        try await refuseWhenScored(call)
        var errors: [String: String] = [:]
        let name = input.name ?? LocalizedText()
        if name.fi == nil { errors["name"] = "field.required" }
        let weight = input.weight ?? 1
        if !(1...1000).contains(weight) { errors["weight"] = "criterion.weight.invalid" }
        let scaleMin = input.scaleMin ?? 0, scaleMax = input.scaleMax ?? 5
        if scaleMin < 0 || scaleMin >= scaleMax || scaleMax > 100 { errors["scaleMax"] = "criterion.scale.invalid" }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        criterion.$call.id = try call.requireID()
        criterion.order = input.order ?? ((call.criteria.map(\.order).max() ?? 0) + 1)
        criterion.name = name
        criterion.guidance = input.guidance ?? LocalizedText()
        criterion.weight = weight
        criterion.scaleMin = scaleMin
        criterion.scaleMax = scaleMax
        criterion.responsibility = input.responsibility ?? false
        try await criterion.save(on: database)
    }

    /// Adds the self-assessment's responsibility statements as criteria (those the call already has by name are not
    /// added twice), all in one transaction.
    func addResponsibilityCriteria(to call: Call) async throws {
        guard let instrument = try await InstrumentLoader.latestPublished(on: database) else { throw Problem.notFound() }
        let existing = Set(call.criteria.map(\.nameFi))
        let inputs = ResponsibilityCriteria.inputs(from: instrument, after: call.criteria.map(\.order).max() ?? 0, except: existing)
        try await database.writeTransaction { db in
            for input in inputs { try await CallEditor(database: db).saveCriterion(input, call: call, into: CallCriterion()) }
        }
    }

    func deleteCriterion(_ criterion: CallCriterion, call: Call) async throws {
        try await refuseWhenScored(call)
        try await criterion.delete(on: database)
    }

    private func refuseWhenScored(_ call: Call) async throws {
        let criterionIDs = call.criteria.compactMap(\.id)
        guard !criterionIDs.isEmpty else { return }
        if try await ReviewScore.query(on: database).filter(\.$criterion.$id ~~ criterionIDs).count() > 0 {
            throw Problem.inUse(detailKey: "criterion.scored")
        }
    }

    /// A call with applications is never removed (their audit trails stay); an empty one is.
    func delete(_ call: Call) async throws {
        if try await FundingApplication.query(on: database).filter(\.$call.$id == (try call.requireID())).count() > 0 {
            throw Problem.inUse(detailKey: "call.hasApplications")
        }
        try await call.delete(on: database)
    }
}
