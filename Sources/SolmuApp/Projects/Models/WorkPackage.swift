import Fluent

/// A work package of a project, with the implementer responsible for it and its tasks and deliverables.
final class WorkPackage: Model, @unchecked Sendable {
    static let schema = "work_packages"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    /// WP1, WP2, …: unique in the project.
    @Field(key: "number") var number: Int
    @Field(key: "title_fi") var titleFi: String
    @OptionalField(key: "title_sv") var titleSv: String?
    @OptionalField(key: "title_en") var titleEn: String?
    @OptionalField(key: "description_fi") var descriptionFi: String?
    @OptionalField(key: "description_sv") var descriptionSv: String?
    @OptionalField(key: "description_en") var descriptionEn: String?
    /// Must be one of the project's implementers.
    @OptionalParent(key: "responsible_id") var responsible: Organization?

    @Children(for: \.$workPackage) var items: [WorkPackageItem]

    init() {}

    var title: LocalizedText {
        get { LocalizedText(fi: titleFi, sv: titleSv, en: titleEn) }
        set { titleFi = newValue.fi ?? ""; titleSv = newValue.sv; titleEn = newValue.en }
    }

    var summary: LocalizedText {
        get { LocalizedText(fi: descriptionFi, sv: descriptionSv, en: descriptionEn) }
        set { descriptionFi = newValue.fi; descriptionSv = newValue.sv; descriptionEn = newValue.en }
    }
}
