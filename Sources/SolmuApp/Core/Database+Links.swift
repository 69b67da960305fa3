import Fluent

extension Database {
    /// Replaces an owner's rows in a link table (organisation ↔ competence, network ↔ theme, …):
    /// deletes what `existing` selects, then creates `links`. Call inside the owner's transaction.
    func replaceLinks<Link: Model>(_ existing: QueryBuilder<Link>, with links: [Link]) async throws {
        try await existing.delete()
        for link in links { try await link.create(on: self) }
    }
}
