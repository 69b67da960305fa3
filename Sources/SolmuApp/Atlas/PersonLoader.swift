import Fluent

/// Loads the atlas's contact persons: one by id, an organisation's, and the API's pages of them.
enum PersonLoader {
    /// The person, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Person {
        guard let person = try await Person.find(id, on: database) else { throw Problem.notFound() }
        return person
    }

    /// The organisation's people in name order.
    static func people(of organization: Int, on database: any Database) async throws -> [Person] {
        try await Person.query(on: database).filter(\.$organization.$id == organization).sort(\.$name).all()
    }

    /// Everyone, or one organisation's people.
    static func query(_ database: any Database, organization: Int?) -> QueryBuilder<Person> {
        let query = Person.query(on: database)
        return organization.map { query.filter(\.$organization.$id == $0) } ?? query
    }

    /// The number of people (of `organization`) and one page of them in name order.
    static func page(organization: Int?, offset: Int, limit: Int, on database: any Database) async throws -> (total: Int, items: [Person]) {
        let total = try await query(database, organization: organization).count()
        let items = try await query(database, organization: organization).sort(\.$name).sort(\.$id).range(offset..<(offset + limit)).all()
        return (total, items)
    }

    /// A batch of the export, in id order, after the first `written`.
    static func batch(organization: Int?, after written: Int, size: Int, on database: any Database) async throws -> [Person] {
        try await query(database, organization: organization).sort(\.$id).range(written..<(written + size)).all()
    }
}
