import Fluent

extension QueryBuilder {
    /// Deletes what the query matches and answers how many rows that was (for purge and erasure reports).
    func deleteCounting() async throws -> Int {
        let count = try await copy().count()
        try await delete()
        return count
    }
}
