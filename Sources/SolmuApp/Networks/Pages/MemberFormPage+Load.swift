import Fluent
import Vapor

extension MemberFormPage {
    /// The page's loader, for a network its keeper opened (`members` with their organisations loaded) and the membership being
    /// edited (nil while adding one): the organisations that may still join, and the contact persons to choose from — of the
    /// member's organisation, or of every organisation while adding one.
    static func load(network: Network, member: NetworkMember?, state: FormState, on database: any Database) async throws -> MemberFormPage {
        let organizations = try await AtlasOptions.organizations(database, except: member != nil ? [] : Set(network.members.map(\.$organization.id)))
        let people = try await AtlasOptions.people(database, of: member?.$organization.id)
        return MemberFormPage(
            networkID: try network.requireID(), networkName: network.name, memberID: member?.id, memberName: member?.organization.name,
            state: state, organizations: organizations, people: people)
    }
}
