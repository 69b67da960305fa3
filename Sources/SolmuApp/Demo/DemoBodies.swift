import Fluent
import Foundation

/// The governing bodies of the demo (`bodies.json`): 6Aika's management group and steering group with every member,
/// deputy, chair, vice-chair and presenting official as the seed lists them, in its order.
extension DemoData {
    struct BodyRecord: Decodable {
        struct Seat: Decodable {
            struct Deputy: Decodable { var person: String; var organization: String }
            var person: String
            var organization: String
            var position: String
            var deputy: Deputy?
        }
        var programme: String
        var kind: String
        var name: LocalizedText
        var members: [Seat]
    }

    static func loadBodies(organizations: [String: Int], people: [String: Int], programmes: [String: Int], on db: any Database) async throws {
        for record in try records("bodies", as: BodyRecord.self) {
            let body = GoverningBody()
            body.$programme.id = programmes[record.programme]
            body.kind = GoverningBody.Kind(rawValue: record.kind) ?? .other
            body.name = record.name
            try await body.create(on: db)
            var order = 0
            func seat(_ person: String, _ organization: String, _ position: BodyMember.Position, deputyOf: Int?) async throws -> Int {
                guard let personID = people[person] else { throw ReferenceDataError.missing(person) }
                order += 1
                let member = BodyMember()
                member.$body.id = try body.requireID()
                member.$person.id = personID
                member.$organization.id = organizations[organization]
                member.position = position
                member.$deputyOf.id = deputyOf
                member.order = order
                try await member.create(on: db)
                return try member.requireID()
            }
            for record in record.members {
                let id = try await seat(record.person, record.organization, BodyMember.Position(rawValue: record.position) ?? .member, deputyOf: nil)
                if let deputy = record.deputy { _ = try await seat(deputy.person, deputy.organization, .member, deputyOf: id) }
            }
        }
    }
}
