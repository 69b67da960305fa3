import Foundation

/// What a form or an API call submits for a contact person; `present` as in `OrganizationInput`.
struct PersonInput: Decodable, Sendable {
    var name: String?
    var title: LocalizedText?
    var organizationId: Int?
    var email: String?
    var phone: String?
    var contactConsent: Bool?
    var present: Set<String> = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, title, organizationId, email, phone, contactConsent
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        present = Set(c.allKeys.map(\.stringValue))
        name = try c.decodeIfPresent(String.self, forKey: .name)
        title = try c.decodeIfPresent(LocalizedText.self, forKey: .title)
        organizationId = try c.decodeIfPresent(Int.self, forKey: .organizationId)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        contactConsent = try c.decodeIfPresent(Bool.self, forKey: .contactConsent)
    }

    func overlaid(on person: Person) -> PersonInput {
        var merged = PersonInput()
        merged.name = present.contains("name") ? name : person.name
        merged.title = present.contains("title") ? title : person.title
        merged.organizationId = present.contains("organizationId") ? organizationId : person.$organization.id
        merged.email = present.contains("email") ? email : person.email
        merged.phone = present.contains("phone") ? phone : person.phone
        merged.contactConsent = present.contains("contactConsent") ? contactConsent : person.contactConsent
        return merged
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
        input.present = Set(PersonInput.CodingKeys.allCases.map(\.rawValue))
        return input
    }
}
