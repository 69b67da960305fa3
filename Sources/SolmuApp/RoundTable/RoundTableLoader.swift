import Fluent
import Vapor

/// Loads round-table topics with their positions and meetings.
enum RoundTableLoader {
    static func query(_ database: any Database) -> QueryBuilder<RoundTableTopic> {
        RoundTableTopic.query(on: database).with(\.$positions) { $0.with(\.$organization) }.with(\.$meetings) { $0.with(\.$municipality) }.with(
            \.$network)
    }

    /// Every topic (of one status when `status` is given), in the order they were taken up.
    static func all(status: RoundTableTopic.Status? = nil, on database: any Database) async throws -> [RoundTableTopic] {
        var query = Self.query(database)
        if let status { query = query.filter(\.$status == status) }
        return try await query.sort(\.$id).all()
    }

    /// Every round-table meeting (an event of that kind) a topic may name, in time order.
    static func meetings(_ database: any Database) async throws -> [Event] {
        try await Event.query(on: database).filter(\.$kind == .roundTableMeeting).all().sorted(by: Event.chronologically)
    }

    static func require(_ id: Int, on database: any Database) async throws -> RoundTableTopic {
        guard let topic = try await query(database).filter(\.$id == id).first() else { throw Problem.notFound() }
        return topic
    }

    /// The topic for its keepers (the coordinators of the network that runs the round table), or 404 / 403.
    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> RoundTableTopic {
        let topic = try await require(id, on: database)
        guard try await NetworkAccess.canEdit(user, networkID: topic.$network.id, on: database) else { throw Abort(.forbidden) }
        return topic
    }
}
