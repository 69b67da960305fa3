import Vapor

/// A contact person as the API shows it: e-mail and phone only to signed-in callers or with the person's consent.
struct PersonDTO: Content {
    var id: Int
    var name: String
    var title: LocalizedText
    var organizationId: Int?
    var email: String?
    var phone: String?
    var contactConsent: Bool
}

extension Person {
    func toDTO(showContact: Bool) throws -> PersonDTO {
        let visible = showContact || contactConsent
        return PersonDTO(
            id: try requireID(), name: name, title: title, organizationId: $organization.id,
            email: visible ? email : nil, phone: visible ? phone : nil, contactConsent: contactConsent)
    }

    static let csvHeader = ["id", "name", "title_fi", "title_sv", "title_en", "organization_id", "email", "phone"]

    func csvRow(showContact: Bool) throws -> [String?] {
        let dto = try toDTO(showContact: showContact)
        return ["\(dto.id)", dto.name, dto.title.fi, dto.title.sv, dto.title.en, dto.organizationId.map(String.init), dto.email, dto.phone]
    }
}
