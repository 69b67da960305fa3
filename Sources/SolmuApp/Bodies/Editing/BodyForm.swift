/// The form for a governing body: its fields once, the input made from what was posted, the values of a body to fill it with.
enum BodyForm: FormDescription {
    enum Key: String, FormKey { case nameFi, nameSv, nameEn, kind }

    static var fields: [FormField<Key>] {
        [
            .text(.nameFi, "body.nameFi", required: true), .text(.nameSv, "body.nameSv"), .text(.nameEn, "body.nameEn"),
            .select(.kind, "body.kind", required: true),
        ]
    }

    /// The programme or network is the caller's, never the form's.
    static func input(_ posted: FormValues<Self>, programme: Int?, network: Int?) -> BodyInput {
        BodyInput(programmeId: programme, networkId: network, kind: posted.text(.kind), name: posted.localized(.nameFi, .nameSv, .nameEn))
    }

    static func values(of body: GoverningBody) -> FormValues<Self> {
        FormValues([.nameFi: body.nameFi, .nameSv: body.nameSv, .nameEn: body.nameEn, .kind: body.kind.rawValue])
    }
}
