import Fluent
import Foundation

/// An innovation platform being assessed: a test bed, living lab, makerspace, data platform or pilot environment.
/// Anyone can assess one without an account; a signed-in owner keeps it and its assessments over time, and links it
/// to the organisation, ecosystem and network it belongs to (which is how coordinators' aggregates find it).
final class Platform: Model, @unchecked Sendable {
    static let schema = "sa_platforms"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case testBed, livingLab, makerspace, dataPlatform, pilotEnvironment, other

        var labelKey: String { "platformKind.\(rawValue)" }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: Kind
    /// The owner organisation as the assessor wrote it; `organization` links it to the atlas when known.
    @OptionalField(key: "owner_name") var ownerName: String?
    @OptionalParent(key: "organization_id") var organization: Organization?
    @OptionalParent(key: "municipality_code") var municipality: Municipality?
    @OptionalParent(key: "ecosystem_id") var ecosystem: Ecosystem?
    @OptionalParent(key: "network_id") var network: Network?
    /// The signed-in owner who keeps the platform; nil for an anonymous assessment.
    @OptionalParent(key: "user_id") var user: User?

    @Children(for: \.$platform) var assessments: [PlatformAssessment]

    init() { kind = .other }
}
