import Fluent
import Foundation

/// A contact person of an organisation. Name, title and organisation are public as published;
/// e-mail and phone are personal data, shown to the public only with the person's consent.
final class Person: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "name") var name: String
    @OptionalField(key: "title_fi") var titleFi: String?
    @OptionalField(key: "title_sv") var titleSv: String?
    @OptionalField(key: "title_en") var titleEn: String?
    @OptionalField(key: "email") var email: String?
    /// Stored in international form, `+358…`.
    @OptionalField(key: "phone") var phone: String?
    /// The person agreed that e-mail and phone may be shown publicly.
    @Field(key: "contact_consent") var contactConsent: Bool

    @OptionalParent(key: "organization_id") var organization: Organization?

    init() {}

    var title: LocalizedText {
        get { LocalizedText(fi: titleFi, sv: titleSv, en: titleEn) }
        set { titleFi = newValue.fi; titleSv = newValue.sv; titleEn = newValue.en }
    }
}
