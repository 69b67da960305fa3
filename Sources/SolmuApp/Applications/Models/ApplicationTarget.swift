import Fluent

/// What an application plans to reach on one of its programme's indicators; becomes the project's target.
final class ApplicationTarget: Model, @unchecked Sendable {
    static let schema = "application_targets"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: FundingApplication
    @Parent(key: "indicator_id") var indicator: Indicator
    /// Thousandths (`FixedPoint.quantity`).
    @Field(key: "value") var value: Int64

    init() {}

    init(application: Int, indicator: Int, value: Int64) {
        $application.id = application
        $indicator.id = indicator
        self.value = value
    }
}
