/// A reviewer's weighted total: Σ(weight × score) ÷ Σ weight, on the criteria's own scale, in thousandths of a
/// point (rounded half up), so that totals sort and average exactly. E.g. weights 2 and 1, scores 4 and 1: 3.000.
enum WeightedScore {
    /// Nil unless every criterion has a score.
    static func total(criteria: [CallCriterion], scores: [Int: Int]) -> Int64? {
        guard !criteria.isEmpty else { return nil }
        var weighted: Int64 = 0, weights: Int64 = 0
        for criterion in criteria {
            guard let id = criterion.id, let score = scores[id] else { return nil }
            weighted += Int64(criterion.weight) * Int64(score)
            weights += Int64(criterion.weight)
        }
        return (weighted * 1000 * 2 + weights) / (weights * 2)
    }
}
