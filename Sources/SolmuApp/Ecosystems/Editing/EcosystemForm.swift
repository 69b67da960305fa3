import Foundation

/// The ecosystem form: its fields once, the input made from what was posted, the values of an ecosystem to fill it with.
enum EcosystemForm: FormDescription {
    enum Key: String, FormKey {
        case name, strengthsFi, strengthsSv, strengthsEn, visionFi, visionSv, visionEn, contactPersonId, wantedCompetences, municipalities
    }

    /// The municipalities are required, but as a list of checkboxes: the page says so in their legend.
    static var fields: [FormField<Key>] {
        [.text(.name, "network.name", required: true, autocomplete: "off")]
            + FormField.textAreas(.strengthsFi, .strengthsSv, .strengthsEn, "ecosystem.strengths")
            + FormField.textAreas(.visionFi, .visionSv, .visionEn, "ecosystem.vision")
            + [
                .select(.contactPersonId, "investIn.contact", empty: "network.noContact"),
                .checkboxes(.wantedCompetences, "ecosystem.wantedCompetences"), .checkboxes(.municipalities, "ecosystem.municipalities"),
            ]
    }

    /// Linked actors and the coordinator are kept as they are: the form does not show them.
    static func input(_ posted: FormValues<Self>, keeping ecosystem: Ecosystem?) -> EcosystemInput {
        EcosystemInput(
            name: posted[.name], municipalities: posted.list(.municipalities),
            strengths: posted.localized(.strengthsFi, .strengthsSv, .strengthsEn), vision: posted.localized(.visionFi, .visionSv, .visionEn),
            contactPersonId: posted.int(.contactPersonId), coordinatorId: ecosystem?.$coordinator.id,
            wantedCompetences: posted.list(.wantedCompetences), linkedActors: ecosystem?.linkedActors.compactMap(\.id) ?? [])
    }

    /// Needs the ecosystem's municipalities and wanted competences loaded.
    static func values(of ecosystem: Ecosystem) -> FormValues<Self> {
        FormValues(
            [
                .name: ecosystem.name, .strengthsFi: ecosystem.strengthsFi, .strengthsSv: ecosystem.strengthsSv, .strengthsEn: ecosystem.strengthsEn,
                .visionFi: ecosystem.visionFi, .visionSv: ecosystem.visionSv, .visionEn: ecosystem.visionEn,
                .contactPersonId: ecosystem.$contactPerson.id.map(String.init),
            ],
            lists: [.municipalities: ecosystem.municipalities.compactMap(\.id), .wantedCompetences: ecosystem.wantedCompetences.compactMap(\.id)])
    }
}
