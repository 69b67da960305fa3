import Fluent
import Foundation

/// Checks and saves what a programme's catalogue holds: funding instruments, indicators and stated figures.
struct CatalogueEditor {
    let database: any Database
    let programmeID: Int

    /// Codes are short identifiers people and exports use: letters, digits, `-` and `_`.
    static func checkCode(_ raw: String?, into errors: inout [String: String]) -> String? {
        guard let code = raw.nonEmpty else { errors["code"] = "field.required"; return nil }
        guard code.count <= 40, code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            errors["code"] = "code.invalid"; return nil
        }
        return code
    }

    static func checkName(_ name: LocalizedText?, field: String = "name", into errors: inout [String: String]) -> LocalizedText? {
        guard let name, let finnish = name.fi, !finnish.isEmpty else { errors[field] = "name.finnishRequired"; return nil }
        if [name.fi, name.sv, name.en].contains(where: { ($0?.count ?? 0) > 300 }) { errors[field] = "field.tooLong" }
        return name
    }

    func saveInstrument(_ input: InstrumentInput, into instrument: FundingInstrument) async throws {
        var errors: [String: String] = [:]
        let code = Self.checkCode(input.code, into: &errors)
        let name = Self.checkName(input.name, into: &errors)
        if let budget = input.budgetCents, budget < 0 { errors["budgetCents"] = "money.negative" }
        if let administratorID = input.administratorId, try await Organization.find(administratorID, on: database) == nil {
            errors["administratorId"] = "person.organization.unknown"
        }
        if let code,
            try await FundingInstrument.query(on: database).filter(\.$programme.$id == programmeID).filter(\.$code == code)
                .all().contains(where: { $0.id != instrument.id })
        {
            errors["code"] = "code.taken"
        }
        guard errors.isEmpty, let code, let name else { throw Problem.validation(errors) }
        instrument.$programme.id = programmeID
        instrument.code = code
        instrument.nameFi = name.fi ?? ""
        instrument.nameSv = name.sv
        instrument.nameEn = name.en
        instrument.$administrator.id = input.administratorId
        instrument.budgetCents = input.budgetCents
        try await saveUnique(instrument, field: "code")
    }

    func saveIndicator(_ input: IndicatorInput, into indicator: Indicator) async throws {
        var errors: [String: String] = [:]
        let code = Self.checkCode(input.code, into: &errors)
        let name = Self.checkName(input.name, into: &errors)
        let unit = input.unit.nonEmpty.flatMap(Indicator.Unit.init(rawValue:))
        if unit == nil { errors["unit"] = input.unit.nonEmpty == nil ? "field.required" : "indicator.unit.invalid" }
        let aggregation = input.aggregation.nonEmpty.flatMap(Indicator.Aggregation.init(rawValue:))
        if aggregation == nil { errors["aggregation"] = input.aggregation.nonEmpty == nil ? "field.required" : "indicator.aggregation.invalid" }
        // Changing how an indicator adds up would silently change every roll-up already reported against it.
        if let existing = indicator.id, let aggregation, aggregation != indicator.aggregation,
            try await IndicatorReport.query(on: database).filter(\.$indicator.$id == existing).first() != nil
        {
            errors["aggregation"] = "indicator.aggregation.inUse"
        }
        if let code,
            try await Indicator.query(on: database).filter(\.$programme.$id == programmeID).filter(\.$code == code)
                .all().contains(where: { $0.id != indicator.id })
        {
            errors["code"] = "code.taken"
        }
        guard errors.isEmpty, let code, let name, let unit, let aggregation else { throw Problem.validation(errors) }
        indicator.$programme.id = programmeID
        indicator.code = code
        indicator.nameFi = name.fi ?? ""
        indicator.nameSv = name.sv
        indicator.nameEn = name.en
        indicator.unit = unit
        indicator.aggregation = aggregation
        try await saveUnique(indicator, field: "code")
    }

    func saveFigure(_ input: FigureInput, into figure: ProgrammeFigure) async throws {
        var errors: [String: String] = [:]
        let label = Self.checkName(input.label, field: "label", into: &errors)
        let value = input.value.nonEmpty.flatMap(FixedPoint.quantity.parse)
        if value == nil { errors["value"] = input.value.nonEmpty == nil ? "field.required" : "number.invalid" }
        let qualifier = ProgrammeFigure.Qualifier(rawValue: input.qualifier.nonEmpty ?? "exact")
        if qualifier == nil { errors["qualifier"] = "figure.qualifier.invalid" }
        if let indicatorID = input.indicatorId,
            try await Indicator.query(on: database).filter(\.$id == indicatorID).filter(\.$programme.$id == programmeID).first() == nil
        {
            errors["indicatorId"] = "indicator.unknown"
        }
        guard errors.isEmpty, let label, let value, let qualifier else { throw Problem.validation(errors) }
        figure.$programme.id = programmeID
        figure.labelFi = label.fi ?? ""
        figure.labelSv = label.sv
        figure.labelEn = label.en
        figure.value = value
        figure.qualifier = qualifier
        figure.$indicator.id = input.indicatorId
        figure.source = input.source.nonEmpty
        try await figure.save(on: database)
    }

    /// Removes an indicator only when no project has a target or a report for it (they would lose their meaning).
    func deleteIndicator(_ indicator: Indicator) async throws {
        let id = try indicator.requireID()
        let reported = try await IndicatorReport.query(on: database).filter(\.$indicator.$id == id).first() != nil
        let targeted = try await IndicatorTarget.query(on: database).filter(\.$indicator.$id == id).first() != nil
        if reported || targeted {
            throw Problem.inUse(detailKey: "indicator.inUse")
        }
        try await indicator.delete(on: database)
    }

    /// Removes an instrument only when no project is funded from it.
    func deleteInstrument(_ instrument: FundingInstrument) async throws {
        let id = try instrument.requireID()
        if try await Project.query(on: database).filter(\.$instrument.$id == id).first() != nil {
            throw Problem.inUse(detailKey: "instrument.inUse")
        }
        try await instrument.delete(on: database)
    }

    /// Removes a figure the programme stated (nothing else refers to one).
    func deleteFigure(_ figure: ProgrammeFigure) async throws {
        try await figure.delete(on: database)
    }

    /// Two requests adding the same code at once: the unique index decides, and the loser hears it by field.
    private func saveUnique(_ model: some Model, field: String) async throws {
        do {
            try await model.save(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation([field: "code.taken"])
        }
    }
}
