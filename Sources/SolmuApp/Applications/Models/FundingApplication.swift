import Fluent
import Foundation

/// An application to a call, made by a consortium (`partners`). Named so because `Application` is Vapor's app.
/// Its `state` changes only through `ApplicationWorkflow`, which records every change in `ApplicationEvent`.
final class FundingApplication: Model, @unchecked Sendable {
    static let schema = "applications"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "call_id") var call: Call
    @Field(key: "state") var state: ApplicationState
    /// Bumped by every save and state change: a save that read an older version is refused (409), never merged silently.
    @Field(key: "version") var version: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "summary") var summary: String?
    @OptionalField(key: "objectives") var objectives: String?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    /// The user who started the draft.
    @OptionalParent(key: "created_by") var createdBy: User?
    /// Set when the application is funded: the project it became.
    @OptionalParent(key: "project_id") var project: Project?
    /// The funding decision's conditions, when funded with conditions.
    @OptionalField(key: "conditions") var conditions: String?

    @Children(for: \.$application) var partners: [ApplicationPartner]
    @Children(for: \.$application) var workPackages: [ApplicationWorkPackage]
    @Children(for: \.$application) var targets: [ApplicationTarget]

    init() { state = .draft; version = 1; title = "" }

    /// Sums of the partners' budgets; nil while no partner has given one.
    var totalCents: Int64? { partners.compactMap(\.budgetCents).reduce(nil) { ($0 ?? 0) + $1 } }
    var requestedCents: Int64? { partners.compactMap(\.requestedCents).reduce(nil) { ($0 ?? 0) + $1 } }
    var lead: ApplicationPartner? { partners.first { $0.role == .lead } }
    var sortedPartners: [ApplicationPartner] {
        partners.sorted { ($0.role == .lead ? 0 : 1, $0.id ?? 0) < ($1.role == .lead ? 0 : 1, $1.id ?? 0) }
    }
}
