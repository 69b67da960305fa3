import Fluent

/// A task or a deliverable of a work package, with its due date and status.
final class WorkPackageItem: Model, @unchecked Sendable {
    static let schema = "work_package_items"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case task, deliverable

        var labelKey: String { "workItemKind.\(rawValue)" }
    }

    enum Status: String, Codable, CaseIterable, Sendable {
        case notStarted, inProgress, done, cancelled

        var labelKey: String { "workItemStatus.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "work_package_id") var workPackage: WorkPackage
    @Field(key: "kind") var kind: Kind
    /// Written in the project's working language.
    @Field(key: "title") var title: String
    /// ISO date (`2025-06-30`).
    @OptionalField(key: "due_on") var dueOn: String?
    @Field(key: "status") var status: Status
    @Field(key: "position") var position: Int

    init() {}
}
