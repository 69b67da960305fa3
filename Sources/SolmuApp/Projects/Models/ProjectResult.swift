import Fluent

/// Something a project produced that others can use: a pilot, a service, a model, a publication.
final class ProjectResult: Model, @unchecked Sendable {
    static let schema = "project_results"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case pilot, service, model, publication

        var labelKey: String { "resultKind.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: Project
    @Field(key: "kind") var kind: Kind
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var summary: String?
    @OptionalField(key: "url") var url: String?

    init() {}
}
