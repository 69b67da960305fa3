import Fluent

/// What a project aims to reach on one of its programme's indicators.
final class IndicatorTarget: Model, @unchecked Sendable {
    static let schema = "indicator_targets"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    @Parent(key: "indicator_id") var indicator: Indicator
    /// Thousandths (`FixedPoint.quantity`).
    @Field(key: "value") var value: Int64

    init() {}
}
