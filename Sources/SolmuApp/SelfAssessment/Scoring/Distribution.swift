/// The scores of a group of platforms in one dimension, as counts per score: platforms' scores take few distinct
/// values (means of four to six whole levels), so 100 000 results fit in a few dozen rows and the quartiles come out
/// exactly. Quantiles interpolate linearly between the closest ranks (the common "type 7" definition, as in
/// spreadsheets' QUARTILE.INC), so a median of an even count is the mean of the two middle scores.
struct Distribution: Equatable, Sendable {
    /// Score → how many platforms have it.
    private(set) var counts: [Int: Int] = [:]

    init(counts: [Int: Int] = [:]) { self.counts = counts.filter { $0.value > 0 } }

    init(scores: [Int]) {
        for score in scores { counts[score, default: 0] += 1 }
    }

    var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ score: Int, count: Int = 1) { counts[score, default: 0] += count }

    /// Leaves one platform's score out: a platform is not its own peer.
    mutating func remove(_ score: Int) {
        guard let count = counts[score] else { return }
        counts[score] = count > 1 ? count - 1 : nil
    }

    /// The score at 0-based `rank` in ascending order.
    func score(atRank rank: Int) -> Int {
        var seen = 0
        for score in counts.keys.sorted() {
            seen += counts[score]!
            if rank < seen { return score }
        }
        return counts.keys.max() ?? 0
    }

    /// The `p` quantile (0…1) in thousandths, rounded half up; nil for an empty group.
    func quantile(_ p: Double) -> Int? {
        let n = total
        guard n > 0 else { return nil }
        let position = Double(n - 1) * p
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        let low = score(atRank: lower)
        guard fraction > 0, lower + 1 < n else { return low }
        let high = score(atRank: lower + 1)
        return Int((Double(low) + fraction * Double(high - low)).rounded(.toNearestOrAwayFromZero))
    }

    /// How many platforms score below `score`.
    func count(below score: Int) -> Int {
        counts.filter { $0.key < score }.reduce(0) { $0 + $1.value }
    }

    var mean: Int? {
        Scoring.mean(sum: counts.reduce(0) { $0 + $1.key * $1.value }, count: total)
    }

    var quartiles: Quartiles? {
        guard let q1 = quantile(0.25), let median = quantile(0.5), let q3 = quantile(0.75) else { return nil }
        return Quartiles(lower: q1, median: median, upper: q3)
    }
}

/// The lower quartile, median and upper quartile of a group's scores, in thousandths.
struct Quartiles: Equatable, Sendable, Codable {
    var lower: Int
    var median: Int
    var upper: Int
}
