import Fluent
import Foundation

/// An organisation's membership of a network: its role, its contact person and when it ran.
final class NetworkMember: Model, @unchecked Sendable {
    static let schema = "network_members"

    /// The roles the seeds use; ordered as a network page lists them.
    enum Role: String, Codable, CaseIterable, Sendable {
        case coordinator, mainImplementer, coImplementer, partner, member

        var labelKey: String { "networkRole.\(rawValue)" }
        /// Coordinators and main implementers keep the network's data.
        var coordinates: Bool { self == .coordinator || self == .mainImplementer }
    }

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "network_id") var network: Network
    @Parent(key: "organization_id") var organization: Organization
    @Field(key: "role") var role: Role
    @OptionalParent(key: "contact_person_id") var contactPerson: Person?
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?

    init() {}
}
