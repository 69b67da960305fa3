import Foundation

/// What a form or an API call submits for a contact person.
struct PersonInput: Codable, Sendable {
    var name: String?
    var title: LocalizedText?
    var organizationId: Int?
    var email: String?
    var phone: String?
    var contactConsent: Bool?
}

extension Person {
    /// What the person holds now, as an input: the base a PATCH is laid over (`MergePatch`).
    var input: PersonInput {
        var input = PersonInput()
        input.name = name
        input.title = title
        input.organizationId = $organization.id
        input.email = email
        input.phone = phone
        input.contactConsent = contactConsent
        return input
    }
}

/// The person form: its fields once, the input made from what was posted, the values of a person to fill it with.
enum PersonForm: FormDescription {
    enum Key: String, FormKey { case name, titleFi, titleSv, titleEn, organizationId, email, phone, contactConsent }

    static var fields: [FormField<Key>] {
        [
            .text(.name, "person.name", required: true, autocomplete: "off"),
            .text(.titleFi, "person.titleFi"), .text(.titleSv, "person.titleSv"), .text(.titleEn, "person.titleEn"),
            .select(.organizationId, "person.organization"),
            .text(.email, "person.email", type: .email, autocomplete: "off"),
            .text(.phone, "person.phone", type: .tel, hint: "person.phoneHint", autocomplete: "off"),
            .checkbox(.contactConsent, "person.contactConsent", hint: "person.contactConsentHint"),
        ]
    }

    static func input(_ posted: FormValues<Self>) -> PersonInput {
        PersonInput(
            name: posted[.name], title: posted.localized(.titleFi, .titleSv, .titleEn), organizationId: posted.int(.organizationId),
            email: posted[.email], phone: posted[.phone], contactConsent: posted[.contactConsent] != nil)
    }

    static func values(of person: Person) -> FormValues<Self> {
        FormValues([
            .name: person.name, .titleFi: person.titleFi, .titleSv: person.titleSv, .titleEn: person.titleEn,
            .organizationId: person.$organization.id.map(String.init), .email: person.email, .phone: person.phone,
            .contactConsent: person.contactConsent ? "on" : nil,
        ])
    }
}
