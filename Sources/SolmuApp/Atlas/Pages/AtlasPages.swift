import Fluent
import Vapor

/// The public atlas: front page, search, an organisation's page.
struct AtlasPages: RouteCollection {
    static let pageSize = 20

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: home)
        routes.get(.organizations, use: search)
        routes.get(.organization(0), use: show)
    }

    func home(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let recent = try await Organization.query(on: req.db).sort(\.$updatedAt, .descending).sort(\.$id, .descending).limit(6)
            .with(\.$municipality).with(\.$competences).all()
        return HomePage(
            organizationCount: try await Organization.query(on: req.db).count(),
            regionCount: try await Region.query(on: req.db).count(),
            municipalityCount: try await Municipality.query(on: req.db).count(),
            recent: recent.map { OrganizationSummary($0, context.language) }
        ).render(context)
    }

    func search(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let filter = try OrganizationFilter(req)
        let page = max(1, req.query[Int.self, at: "page"] ?? 1)
        let found = try await OrganizationSearch(database: req.db).page(filter, limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        let organizations = try await OrganizationLoader.load(found.ids, on: req.db)
        var csvQuery = ["format": "csv", "q": filter.query, "type": filter.type?.rawValue, "region": filter.regionCode,
                        "municipality": filter.municipalityCode, "competence": filter.competenceID]
        csvQuery = csvQuery.filter { $0.value != nil }
        let csvLink = "/api/v1/organizations?" + csvQuery.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(($0.value ?? "").addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")" }.joined(separator: "&")
        return OrganizationSearchPage(
            filter: filter, options: try await AtlasOptions.load(req.db, context.language),
            results: organizations.map { OrganizationSummary($0, context.language) },
            total: found.total, page: page, pageSize: Self.pageSize, csvLink: csvLink
        ).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let organization = try await OrganizationLoader.find(req.intParameter(), on: req.db)
        let people = try await Person.query(on: req.db).filter(\.$organization.$id == organization.requireID()).sort(\.$name).all()
        let showContact = context.user != nil
        let contacts = people.map { person in
            OrganizationPage.Contact(
                id: person.id ?? 0, name: person.name, title: person.title.resolved(context.language)?.text,
                email: showContact || person.contactConsent ? person.email : nil,
                phone: showContact || person.contactConsent ? person.phone : nil)
        }
        let projects = try await ProjectImplementer.query(on: req.db).filter(\.$organization.$id == organization.requireID())
            .with(\.$project).all().sorted { $0.project.nameFi < $1.project.nameFi }
        return OrganizationPage(organization: organization, contacts: contacts, projects: projects).render(context)
    }
}
