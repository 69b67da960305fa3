import Fluent
import Vapor

/// Signed-in editors create, edit and remove organisations. A form with errors comes back with
/// the message next to each field and everything typed kept; nothing is saved until all is right.
struct OrganizationFormPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.newOrganization, use: new)
        signedIn.post(.newOrganization, use: create)
        signedIn.get(.editOrganization(0), use: edit)
        signedIn.post(.editOrganization(0), use: update)
        signedIn.get(.deleteOrganization(0), use: confirmDelete)
        signedIn.post(.deleteOrganization(0), use: delete)
    }

    func new(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await OrganizationFormPage.load(editing: nil, state: FormState(), language: context.language, on: req.db).render(context)
    }

    func create(req: Request) async throws -> Response {
        return try await save(req, into: Organization(), existingID: nil)
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let organization = try await OrganizationLoader.find(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: organization.id, user)
        return try await OrganizationFormPage.load(
            editing: organization, state: OrganizationForm.values(of: organization).state,
            language: context.language, on: req.db
        ).render(context)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user
        let organization = try await OrganizationLoader.find(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: organization.id, user)
        return try await save(req, into: organization, existingID: organization.id)
    }

    private func save(_ req: Request, into organization: Organization, existingID: Int?) async throws -> Response {
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<OrganizationForm>.self)
        let editor = OrganizationEditor(database: req.db)
        // Not `submitForm`: a taken business ID is a conflict whose holder is named beside the field (`businessIDHolder`).
        do {
            if posted.isMalformed(.foundedYear) { throw Problem.validation(["foundedYear": "organization.foundedYear.invalid"]) }
            try await editor.save(try await editor.check(OrganizationForm.input(posted), excluding: existingID), into: organization)
            return req.redirect(to: context.link(.organization(try organization.requireID())), after: .saved)
        } catch let problem as Problem {
            var state = posted.state
            state.errors = problem.fieldErrors
            // A message for the whole form only when no field has one: the conflict's detail repeats the field's message,
            // and the error summary lists each field's message once.
            if let detail = problem.detailKey, problem.status == .conflict, problem.fieldErrors.isEmpty {
                state.formError = (detail, problem.detailValues)
            }
            var page = try await OrganizationFormPage.load(
                editing: existingID == nil ? nil : organization, state: state, language: context.language,
                on: req.db)
            if problem.status == .conflict, problem.fieldErrors["businessId"] != nil { page.businessIDHolder = problem.detailValues["name"] }
            return page.render(context, status: problem.status)
        }
    }

    func confirmDelete(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let organization = try await OrganizationLoader.require(req.intParameter(), on: req.db)
        let id = try organization.requireID()
        try AtlasAccess.require(organizationID: id, user)
        return ConfirmDeletePage(
            name: organization.name, action: context.link(.deleteOrganization(id)),
            cancel: context.link(.organization(id)),
            trail: [
                (title: context.t("atlas.search.title"), href: context.link(.organizations)),
                (title: organization.name, href: context.link(.organization(id))),
            ]
        ).render(context)
    }

    func delete(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let organization = try await OrganizationLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: organization.id, user)
        try await OrganizationEditor(database: req.db).delete(organization)
        return req.redirect(to: context.link(.organizations), after: .removed)
    }
}
