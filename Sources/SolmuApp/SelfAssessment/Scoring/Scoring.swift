/// How answers become scores. A dimension's score is the mean of its statements' levels, leaving "don't know" out
/// (it is not a zero: the assessor did not know, the platform may still have it); a dimension where every answer is
/// "don't know" is not scored. The overall score is the mean of the scored dimensions, so each dimension weighs the
/// same however many statements it has. Scores are kept in thousandths of a level (2 500 = 2.5), rounded half up.
enum Scoring {
    struct DimensionResult: Equatable, Sendable {
        var dimensionID: Int
        /// Nil when no statement of the dimension had a level.
        var score: Int?
        /// Statements with a level.
        var known: Int
        /// Statements answered "don't know".
        var dontKnow: Int
    }

    /// `sum` divided by `count`, rounded half up (both non-negative), or nil for a count of 0: every mean here.
    static func mean(sum: Int, count: Int) -> Int? {
        count > 0 ? (sum + count / 2) / count : nil
    }

    /// The mean of `levels` in thousandths, or nil for none.
    static func mean(thousandthsOf levels: [Int]) -> Int? {
        mean(sum: levels.reduce(0, +) * 1000, count: levels.count)
    }

    /// The mean of scores already in thousandths, or nil for none.
    static func mean(ofScores scores: [Int]) -> Int? {
        mean(sum: scores.reduce(0, +), count: scores.count)
    }

    /// Scores each dimension from the answers given to its statements (statement id → level, nil = don't know).
    static func score(dimensions: [(id: Int, statementIDs: [Int])], answers: [Int: Int?]) -> [DimensionResult] {
        dimensions.map { dimension in
            let given = dimension.statementIDs.compactMap { answers[$0] }
            let levels = given.compactMap { $0 }
            return DimensionResult(
                dimensionID: dimension.id, score: mean(thousandthsOf: levels), known: levels.count, dontKnow: given.count - levels.count)
        }
    }

    static func overall(_ scores: [DimensionResult]) -> Int? {
        mean(ofScores: scores.compactMap(\.score))
    }

    /// A score as people read it: `2,5` / `2.5`, one decimal.
    static func text(_ thousandths: Int, _ language: Language) -> String {
        let tenths = (thousandths + 50) / 100
        return "\(tenths / 10)\(language == .en ? "." : ",")\(tenths % 10)"
    }

    /// A score for CSV: exact decimal text, `2.125`.
    static func plain(_ thousandths: Int) -> String {
        FixedPoint.quantity.plain(Int64(thousandths))
    }

    /// A score for the API: a number with up to three decimals.
    static func value(_ thousandths: Int?) -> Double? {
        thousandths.map { Double($0) / 1000 }
    }
}
