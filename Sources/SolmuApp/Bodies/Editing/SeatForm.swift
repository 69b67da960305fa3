/// The form for a seat in a body: its fields once, the input made from what was posted, the values of a seat to fill it with.
enum SeatForm: FormDescription {
    enum Key: String, FormKey { case personId, organizationId, position, deputyOfId, startsOn, endsOn }

    static var fields: [FormField<Key>] {
        [
            .select(.personId, "body.member", required: true), .select(.organizationId, "network.organization", hint: "body.organizationHint"),
            .select(.position, "body.position", required: true),
            .select(.deputyOfId, "body.deputyOf", empty: "body.notDeputy", hint: "body.deputyHint"),
            .text(.startsOn, "body.termStart", hint: "date.hint"), .text(.endsOn, "body.termEnd", hint: "date.hint"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> SeatInput {
        SeatInput(
            personId: posted.int(.personId), organizationId: posted.int(.organizationId), position: posted.text(.position),
            deputyOfId: posted.int(.deputyOfId), startsOn: posted[.startsOn], endsOn: posted[.endsOn])
    }

    static func values(of member: BodyMember) -> FormValues<Self> {
        FormValues([
            .personId: "\(member.$person.id)", .organizationId: member.$organization.id.map(String.init), .position: member.position.rawValue,
            .deputyOfId: member.$deputyOf.id.map(String.init), .startsOn: member.startsOn, .endsOn: member.endsOn,
        ])
    }
}
