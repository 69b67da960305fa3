/// How one project's reports over its periods add up to its actual value: the sum of the periods, the highest
/// value, or the latest period's (the greatest period end, then start). The one place the rule is written.
enum IndicatorRule {
    struct Report {
        var periodStart: String
        var periodEnd: String
        var value: Int64
    }

    static func actual(_ reports: [Report], _ aggregation: Indicator.Aggregation) -> Int64? {
        guard !reports.isEmpty else { return nil }
        switch aggregation {
        case .sum: return reports.reduce(0) { $0 + $1.value }
        case .maximum: return reports.map(\.value).max()
        case .latest: return reports.max { ($0.periodEnd, $0.periodStart) < ($1.periodEnd, $1.periodStart) }?.value
        }
    }

    /// The actual for the whole project (year 0) and for each year the periods end in.
    static func actuals(_ reports: [Report], _ aggregation: Indicator.Aggregation) -> [Int: Int64] {
        var result: [Int: Int64] = [:]
        if let total = actual(reports, aggregation) { result[0] = total }
        for (year, ofYear) in Dictionary(grouping: reports, by: { Int($0.periodEnd.prefix(4)) ?? 0 }) {
            if let value = actual(ofYear, aggregation) { result[year] = value }
        }
        return result
    }
}

extension IndicatorReport {
    var ruleReport: IndicatorRule.Report { .init(periodStart: periodStart, periodEnd: periodEnd, value: value) }
}
