import Fluent
import Foundation

/// Checks and saves governing bodies and their seats; shared by the forms, the API and (through the same rules) the demo.
struct BodyEditor {
    let database: any Database

    /// The programme or network is fixed by the caller (who has checked the user keeps it).
    func save(_ input: BodyInput, into body: GoverningBody) async throws {
        var errors: [String: String] = [:]
        let name = input.name ?? LocalizedText()
        if name.fi == nil { errors["name"] = "field.required" }
        let kind = input.kind.flatMap(GoverningBody.Kind.init(rawValue:))
        if kind == nil { errors["kind"] = input.kind == nil ? "field.required" : "bodyKind.unknown" }
        if (input.programmeId == nil) == (input.networkId == nil) { errors["programmeId"] = "body.owner.required" }
        guard errors.isEmpty, let kind else { throw Problem.validation(errors) }
        body.$programme.id = input.programmeId
        body.$network.id = input.networkId
        body.kind = kind
        body.name = name
        try await body.save(on: database)
    }

    /// A body that has met keeps its record: its meetings must go first.
    func delete(_ body: GoverningBody) async throws {
        if try await Meeting.query(on: database).filter(\.$body.$id == body.requireID()).count() > 0 {
            throw Problem.inUse(detailKey: "body.hasMeetings")
        }
        try await body.delete(on: database)
    }

    /// Needs the body's members loaded.
    func saveMember(_ input: SeatInput, body: GoverningBody, into member: BodyMember) async throws {
        var errors: [String: String] = [:]
        if let personID = input.personId {
            if try await Person.find(personID, on: database) == nil { errors["personId"] = "network.contact.unknown" }
        } else {
            errors["personId"] = "field.required"
        }
        if let organizationID = input.organizationId, try await Organization.find(organizationID, on: database) == nil {
            errors["organizationId"] = "person.organization.unknown"
        }
        let position = input.position.flatMap(BodyMember.Position.init(rawValue:))
        if position == nil { errors["position"] = input.position == nil ? "field.required" : "bodyPosition.unknown" }
        if let deputyOf = input.deputyOfId {
            // A deputy stands in for a seat of the same body that is not itself a deputy's.
            let seat = body.members.first { $0.id == deputyOf }
            if seat == nil || seat?.$deputyOf.id != nil || deputyOf == member.id {
                errors["deputyOfId"] = "body.deputy.invalid"
            } else if body.members.contains(where: { $0.$deputyOf.id == member.id && member.id != nil }) {
                errors["deputyOfId"] = "body.deputy.hasDeputies"
            }
        }
        let (startsOn, endsOn) = NetworkEditor.checkPeriod(startsOn: input.startsOn, endsOn: input.endsOn, into: &errors)
        if let personID = input.personId,
            body.members.contains(where: { $0.$person.id == personID && $0.id != member.id && $0.$deputyOf.id == input.deputyOfId })
        {
            errors["personId"] = "body.member.duplicate"
        }
        guard errors.isEmpty, let personID = input.personId, let position else { throw Problem.validation(errors) }
        member.$body.id = try body.requireID()
        member.$person.id = personID
        member.$organization.id = input.organizationId
        member.position = position
        member.$deputyOf.id = input.deputyOfId
        member.startsOn = startsOn
        member.endsOn = endsOn
        member.order = input.order ?? member.$order.value ?? ((body.members.map(\.order).max() ?? 0) + 1)
        try await member.save(on: database)
    }

    /// A seat with a history (attended a meeting, presented an item) is kept: its term is ended instead.
    func deleteMember(_ member: BodyMember) async throws {
        let id = try member.requireID()
        let attended = try await MeetingAttendance.query(on: database).filter(\.$member.$id == id).count()
        let presented = try await AgendaItem.query(on: database).filter(\.$presenter.$id == id).count()
        if attended + presented > 0 { throw Problem.inUse(detailKey: "body.member.hasHistory") }
        try await member.delete(on: database)
    }
}
