import Fluent
import Foundation
import SQLKit

/// Project managers report actual values per indicator and period. Two managers reporting the same period at once
/// never overwrite each other: a new report for a period that has one is a conflict (the database's unique index
/// decides a race), and a correction succeeds only if it names the version it saw.
struct IndicatorReporting {
    let database: any Database
    let project: Project

    struct Checked {
        var indicatorID: Int
        var periodStart: String
        var periodEnd: String
        var value: Int64
        var note: String?
    }

    /// A reporting period is whole days inside the project's period (as far as that is known).
    func check(_ input: ReportInput) async throws -> Checked {
        var errors: [String: String] = [:]
        var indicatorID: Int?
        if let id = input.indicatorId, let programmeID = project.$programme.id,
            try await Indicator.query(on: database).filter(\.$id == id).filter(\.$programme.$id == programmeID).first() != nil
        {
            indicatorID = id
        } else {
            errors["indicatorId"] = input.indicatorId == nil ? "field.required" : "indicator.notOfProgramme"
        }
        func day(_ raw: String?, _ field: String) -> PartialDate? {
            guard let text = raw.nonEmpty else { errors[field] = "field.required"; return nil }
            guard let date = PartialDate(text), date.isDay else { errors[field] = "date.invalidDay"; return nil }
            return date
        }
        let start = day(input.periodStart, "periodStart")
        let end = day(input.periodEnd, "periodEnd")
        if let start, let end {
            if end < start {
                errors["periodEnd"] = "date.endBeforeStart"
            } else if let projectStart = project.startsOn.flatMap(PartialDate.init), start.earliest < projectStart.earliest {
                errors["periodStart"] = "report.period.outsideProject"
            } else if let projectEnd = project.endsOn.flatMap(PartialDate.init), end.latest > projectEnd.latest {
                errors["periodEnd"] = "report.period.outsideProject"
            }
        }
        let value = input.value.nonEmpty.flatMap(FixedPoint.quantity.parse)
        if value == nil {
            errors["value"] = input.value.nonEmpty == nil ? "field.required" : "number.invalid"
        } else if value! < 0 {
            errors["value"] = "number.negative"
        }
        if (input.note?.count ?? 0) > 2000 { errors["note"] = "field.tooLong" }
        guard errors.isEmpty, let indicatorID, let start, let end, let value else { throw Problem.validation(errors) }
        return Checked(indicatorID: indicatorID, periodStart: start.text, periodEnd: end.text, value: value, note: input.note.nonEmpty)
    }

    func create(_ input: ReportInput, by user: User) async throws -> IndicatorReport {
        let checked = try await check(input)
        let projectID = try project.requireID()
        if let existing = try await IndicatorReport.query(on: database).filter(\.$project.$id == projectID)
            .filter(\.$indicator.$id == checked.indicatorID).filter(\.$periodStart == checked.periodStart).first()
        {
            throw Self.conflict(existing)
        }
        let report = IndicatorReport()
        report.$project.id = projectID
        report.$indicator.id = checked.indicatorID
        report.periodStart = checked.periodStart
        report.periodEnd = checked.periodEnd
        report.value = checked.value
        report.note = checked.note
        report.$reportedBy.id = user.id
        report.reportedByName = user.name
        report.reportedAt = Date()
        report.version = 1
        do {
            try await database.writeTransaction { db in
                try await IndicatorActuals.lockProject(projectID, on: db)
                try await report.create(on: db)
                try await IndicatorActuals.refresh(project: projectID, indicator: checked.indicatorID, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Both passed the check above at the same moment: the one the index refused hears who was first.
            let winner = try await IndicatorReport.query(on: database).filter(\.$project.$id == projectID)
                .filter(\.$indicator.$id == checked.indicatorID).filter(\.$periodStart == checked.periodStart).first()
            throw winner.map(Self.conflict) ?? Problem.conflict()
        }
        return report
    }

    /// Corrects a report if nobody changed it since `correction.version`; the check and the write are one statement.
    /// What the correction leaves out stays as it was.
    func correct(_ report: IndicatorReport, with correction: ReportCorrection, by user: User) async throws -> IndicatorReport {
        guard let expected = correction.version else { throw Problem.validation(["version": "report.version.required"]) }
        let merged = ReportInput(
            indicatorId: report.$indicator.id, periodStart: correction.periodStart ?? report.periodStart,
            periodEnd: correction.periodEnd ?? report.periodEnd,
            value: correction.value ?? FixedPoint.quantity.plain(report.value), note: correction.note ?? report.note)
        let checked = try await check(merged)
        let id = try report.requireID()
        let projectID = try project.requireID()
        let updated: [any SQLRow]
        do {
            updated = try await database.writeTransaction { db in
                try await IndicatorActuals.lockProject(projectID, on: db)
                let rows = try await db.sql.update(IndicatorReport.schema)
                    .set("period_start", to: checked.periodStart).set("period_end", to: checked.periodEnd)
                    .set("value", to: checked.value).set("note", to: checked.note)
                    .set("reported_by", to: user.id).set("reported_by_name", to: user.name).set("reported_at", to: Date())
                    .set("version", to: SQLBinaryExpression(SQLColumn("version"), .add, SQLLiteral.numeric("1")))
                    .where("id", .equal, id).where("version", .equal, expected)
                    .returning("id").all()
                if !rows.isEmpty { try await IndicatorActuals.refresh(project: projectID, indicator: report.$indicator.id, on: db) }
                return rows
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // The corrected period is one another report already covers.
            throw Problem.validation(["periodStart": "report.period.taken"])
        }
        guard let fresh = try await IndicatorReport.find(id, on: database) else { throw Problem.notFound() }
        if updated.isEmpty { throw Self.conflict(fresh) }
        return fresh
    }

    /// Removes a report and counts the project's actual again.
    func remove(_ report: IndicatorReport) async throws {
        let projectID = try project.requireID()
        try await database.writeTransaction { db in
            try await IndicatorActuals.lockProject(projectID, on: db)
            try await report.delete(on: db)
            try await IndicatorActuals.refresh(project: projectID, indicator: report.$indicator.id, on: db)
        }
    }

    static func conflict(_ existing: IndicatorReport) -> Problem {
        Problem.conflict(
            detailKey: "report.conflict",
            detailValues: [
                "name": existing.reportedByName, "version": "\(existing.version)",
                "value": FixedPoint.quantity.plain(existing.value), "period": "\(existing.periodStart) – \(existing.periodEnd)",
            ])
    }
}
