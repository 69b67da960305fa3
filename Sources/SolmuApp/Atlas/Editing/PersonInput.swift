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

/// The person form as the browser posts it.
struct PersonForm: Decodable {
    var name: String?
    var titleFi: String?
    var titleSv: String?
    var titleEn: String?
    var organizationId: String?
    var email: String?
    var phone: String?
    var contactConsent: String?

    var input: PersonInput {
        var input = PersonInput()
        input.name = name
        input.title = LocalizedText(fi: titleFi, sv: titleSv, en: titleEn)
        input.organizationId = organizationId.nonEmpty.flatMap(Int.init)
        input.email = email
        input.phone = phone
        input.contactConsent = contactConsent != nil
        return input
    }
}
