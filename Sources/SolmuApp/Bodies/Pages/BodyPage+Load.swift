import Fluent

extension BodyPage {
    /// The page's loader: the body (404 if there is none) with its seats and meetings as plain rows; `viewer` decides
    /// whether the page offers the keeper's tools.
    static func load(id: Int, viewer: User?, on database: any Database) async throws -> BodyPage {
        let body = try await BodyLoader.require(id, on: database)
        let canEdit = try await BodyAccess.canEdit(viewer, body, on: database)
        let meetings = try await MeetingLoader.meetings(of: body, on: database).map { meeting in
            MeetingRow(id: meeting.id ?? 0, startsAt: meeting.startsAt, place: meeting.place)
        }
        return BodyPage(
            id: try body.requireID(), name: body.name, kind: body.kind,
            programme: body.programme.map { Link(id: $0.id ?? 0, name: $0.name) },
            network: body.network.map { Link(id: $0.id ?? 0, name: $0.name) },
            seats: body.seats.map { Seat(member: member($0.member), deputies: $0.deputies.map { member($0) }) },
            meetings: meetings, canEdit: canEdit)
    }

    /// Needs the member's `person` and `organization` loaded.
    private static func member(_ seat: BodyMember) -> Member {
        Member(id: seat.id ?? 0, name: seat.person.name, title: seat.person.title, organization: seat.organization?.name, position: seat.position)
    }
}
