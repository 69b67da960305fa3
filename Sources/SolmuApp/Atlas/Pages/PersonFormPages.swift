import Fluent
import Vapor

/// Signed-in editors add, edit and remove contact persons.
struct PersonFormPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.newPerson, use: new)
        signedIn.post(.newPerson, use: create)
        signedIn.get(.editPerson(0), use: edit)
        signedIn.post(.editPerson(0), use: update)
        signedIn.get(.deletePerson(0), use: confirmDelete)
        signedIn.post(.deletePerson(0), use: delete)
    }

    func new(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let state = FormValues<PersonForm>([.organizationId: req.query[String.self, at: "organization"]]).state
        return try await PersonFormPage.load(editing: nil, state: state, on: req.db).render(context)
    }

    func create(req: Request) async throws -> Response {
        return try await save(req, into: Person(), existingID: nil)
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: person.$organization.id, user)
        return try await PersonFormPage.load(editing: person, state: PersonForm.values(of: person).state, on: req.db).render(context)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: person.$organization.id, user)
        return try await save(req, into: person, existingID: person.id)
    }

    private func save(_ req: Request, into person: Person, existingID: Int?) async throws -> Response {
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<PersonForm>.self)
        let input = PersonForm.input(posted)
        try AtlasAccess.require(organizationID: input.organizationId, try req.user)
        return try await req.submitForm(
            next: person.$organization.id.map { context.link(.organization($0)) } ?? context.link(.organizations),
            values: posted.state,
            render: { state, status in
                try await PersonFormPage.load(editing: existingID == nil ? nil : person, state: state, on: req.db).render(context, status: status)
            },
            save: {
                try await PersonEditor(database: req.db).checkAndSave(input, into: person)
            })
    }

    func confirmDelete(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        let id = try person.requireID()
        try AtlasAccess.require(organizationID: person.$organization.id, user)
        let back = person.$organization.id.map { context.link(.organization($0)) } ?? context.link(.organizations)
        // A person has no page of their own: the trail ends at their organisation, where they are listed.
        var trail: [(title: String, href: String)] = [(title: context.t("atlas.search.title"), href: context.link(.organizations))]
        if let organization = try await person.$organization.id.asyncMap({ try await OrganizationLoader.require($0, on: req.db) }) {
            trail.append((title: organization.name, href: back))
        }
        return ConfirmDeletePage(name: person.name, action: context.link(.deletePerson(id)), cancel: back, trail: trail).render(context)
    }

    func delete(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let person = try await PersonLoader.require(req.intParameter(), on: req.db)
        try AtlasAccess.require(organizationID: person.$organization.id, user)
        let back = person.$organization.id.map { context.link(.organization($0)) } ?? context.link(.organizations)
        try await PersonEditor(database: req.db).delete(person)
        return req.redirect(to: back, after: .saved)
    }
}
