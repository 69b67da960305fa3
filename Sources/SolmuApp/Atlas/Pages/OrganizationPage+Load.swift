import Fluent

extension OrganizationPage {
    /// The page's loader: the organisation (404 if there is none) with its place and competences named in `language`,
    /// its contact persons (e-mail and phone only to signed-in `viewer`s or with the person's consent) and the
    /// projects it carries out, as plain values; `viewer` decides whether an empty section says what to add.
    static func load(id: Int, viewer: User?, language: Language, on database: any Database) async throws -> OrganizationPage {
        let organization = try await OrganizationLoader.find(id, on: database)
        let organizationID = try organization.requireID()
        let showContact = viewer != nil
        let contacts = try await PersonLoader.people(of: organizationID, on: database).map { person in
            Contact(
                id: person.id ?? 0, name: person.name, title: person.title.resolved(language)?.text,
                email: showContact || person.contactConsent ? person.email : nil,
                phone: showContact || person.contactConsent ? person.phone : nil)
        }
        let projects = try await ProjectImplementer.query(on: database).filter(\.$organization.$id == organizationID)
            .with(\.$project).all().sorted { $0.project.nameFi < $1.project.nameFi }
            .map { ProjectRow(id: $0.$project.id, name: $0.project.name, role: $0.role, status: $0.project.status) }
        let municipality = organization.municipality
        return OrganizationPage(
            id: organizationID, name: organization.name, type: organization.type, businessID: organization.businessID,
            municipality: municipality.map { Place(code: $0.id ?? "", name: $0.name(language)) },
            region: municipality.map { Place(code: $0.$region.id, name: $0.region.name(language)) },
            website: organization.website, foundedYear: organization.foundedYear, sector: organization.sector, stage: organization.stage,
            description: organization.description,
            competences: organization.competences.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }
                .map { Tag(id: $0.id ?? "", name: $0.name(language)) },
            contacts: contacts, projects: projects,
            canEdit: viewer.map { AtlasAccess.canEdit(organizationID: organizationID, $0) } ?? false)
    }
}
