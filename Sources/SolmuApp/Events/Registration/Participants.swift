import Fluent
import SQLKit

/// Who is coming to an event, as its organisers see it (everyone, in order: places first, then the waiting list)
/// and as the public may (those with a place who agreed to be listed).
enum Participants {
    /// Live registrations (places, then the waiting list in order), then the cancelled; with each waiting one's position.
    static func all(of eventID: Int, on database: any Database) async throws -> [(Registration, waitingPosition: Int?)] {
        let rows = try await Registration.query(on: database).filter(\.$event.$id == eventID).sort(\.$position).all()
        var waiting = 0
        let order: [Registration.Status: Int] = [.confirmed: 0, .waiting: 1, .cancelled: 2]
        return rows.sorted { (order[$0.status]!, $0.position) < (order[$1.status]!, $1.position) }.map { registration in
            if registration.status == .waiting { waiting += 1; return (registration, waiting) }
            return (registration, nil)
        }
    }

    /// The event's registration `id`, or 404.
    static func require(_ id: Int?, of eventID: Int, on database: any Database) async throws -> Registration {
        guard let id, let registration = try await Registration.query(on: database).filter(\.$id == id).filter(\.$event.$id == eventID).first()
        else { throw Problem.notFound() }
        return registration
    }

    static func listed(of eventID: Int, on database: any Database) async throws -> [ParticipantDTO] {
        try await Registration.query(on: database).filter(\.$event.$id == eventID).filter(\.$status == .confirmed).filter(\.$listConsent == true)
            .sort(\.$name).all().map { ParticipantDTO(name: $0.name, organization: $0.organization) }
    }

    /// Places taken and waiting for each event, in one grouped query.
    static func counts(_ eventIDs: [Int], on database: any Database) async throws -> [Int: PlaceCount] {
        guard !eventIDs.isEmpty else { return [:] }
        let sql = database.sql
        let rows = try await sql.select().column("event_id").column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Registration.schema).where("event_id", .in, eventIDs).where("status", .notEqual, Registration.Status.cancelled.rawValue)
            .groupBy("event_id").groupBy("status").all()
        var counts: [Int: PlaceCount] = [:]
        for row in rows {
            let id = try row.decode(column: "event_id", as: Int.self)
            let n = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "status", as: String.self) {
            case Registration.Status.confirmed.rawValue: counts[id, default: PlaceCount()].confirmed = n
            default: counts[id, default: PlaceCount()].waiting = n
            }
        }
        return counts
    }
}
