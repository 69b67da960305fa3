import Fluent

/// A work package an application plans, with the partner responsible for it; becomes the project's work package.
final class ApplicationWorkPackage: Model, @unchecked Sendable {
    static let schema = "application_work_packages"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "application_id") var application: FundingApplication
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    /// An organisation of the consortium.
    @OptionalParent(key: "responsible_id") var responsible: Organization?

    init() {}
}
