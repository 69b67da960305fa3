import Fluent
import Foundation

/// A project's actual value of one indicator for one reporting period, with who reported it and when.
/// One report per project, indicator and period: a second manager reporting the same period gets a conflict,
/// and a correction must name the version it corrects, so nobody overwrites another's figure unseen.
final class IndicatorReport: Model, @unchecked Sendable {
    static let schema = "indicator_reports"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    @Parent(key: "indicator_id") var indicator: Indicator
    /// ISO dates, both inside the project's period.
    @Field(key: "period_start") var periodStart: String
    @Field(key: "period_end") var periodEnd: String
    /// Thousandths (`FixedPoint.quantity`).
    @Field(key: "value") var value: Int64
    @OptionalField(key: "note") var note: String?
    @OptionalParent(key: "reported_by") var reportedBy: User?
    /// The reporter's name as it was then (users can be removed; the record should still say who).
    @Field(key: "reported_by_name") var reportedByName: String
    @Field(key: "reported_at") var reportedAt: Date
    /// Goes up by one on every correction.
    @Field(key: "version") var version: Int

    init() {}
}
