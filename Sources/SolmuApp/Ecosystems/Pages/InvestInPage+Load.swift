import Fluent

extension InvestInPage {
    /// The profile introduces the actors; a large ecosystem shows the first hundred by name.
    static let actorLimit = 100

    /// The page's loader: the ecosystem (404 if there is none), its first actors by name and how many it has, its
    /// places and wanted competences named in `language`, and whom to contact, as plain values; `viewer` decides
    /// whether an empty part shows the link to fill it.
    static func load(id: Int, viewer: User?, language: Language, on database: any Database) async throws -> InvestInPage {
        let ecosystem = try await EcosystemLoader.require(id, on: database)
        let actors = try await EcosystemLoader.firstActors(ecosystem, limit: actorLimit, on: database)
        let count = try await EcosystemLoader.actorCount(ecosystem, on: database)
        let contact = ecosystem.contactPerson.map { person in
            Contact(
                name: person.name, title: person.title, email: person.contactConsent ? person.email : nil,
                phone: person.contactConsent ? person.phone : nil)
        }
        return InvestInPage(
            id: try ecosystem.requireID(), name: ecosystem.name,
            places: ecosystem.municipalities.map { $0.name(language) }.sorted().joined(separator: ", "),
            strengths: ecosystem.strengths,
            wanted: ecosystem.wantedCompetences.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }.map { $0.name(language) },
            actors: actors.map { OrganizationSummary($0, language) }, actorCount: count, contact: contact,
            coordinatorName: ecosystem.coordinator?.name,
            canEdit: viewer.map { EcosystemAccess.canEdit($0, ecosystem) } ?? false)
    }
}
