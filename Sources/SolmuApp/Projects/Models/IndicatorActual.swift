import Fluent

/// A project's actual value of one indicator by the indicator's rule, kept up to date in the same transaction as
/// every report written: for the whole project (`year` 0) and for each year of the periods' ends. The dashboard sums
/// these few rows instead of grouping every report on every view.
final class IndicatorActual: Model, @unchecked Sendable {
    static let schema = "indicator_actuals"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    @Parent(key: "indicator_id") var indicator: Indicator
    /// 0: the whole project; otherwise the year the counted periods end in.
    @Field(key: "year") var year: Int
    /// Thousandths, like the reports.
    @Field(key: "value") var value: Int64

    init() {}

    init(project: Int, indicator: Int, year: Int, value: Int64) {
        $project.id = project
        $indicator.id = indicator
        self.year = year
        self.value = value
    }
}
