import Fluent
import Vapor

/// The public network pages, and the forms for those who keep a network.
struct NetworkPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.networks, use: list)
        routes.get(.network(0), use: show)
        signedIn.get(.newNetwork, use: new)
        signedIn.post(.newNetwork, use: create)
        signedIn.get(.editNetwork(0), use: edit)
        signedIn.post(.editNetwork(0), use: update)
        signedIn.get(.deleteNetwork(0), use: confirmDelete)
        signedIn.post(.deleteNetwork(0), use: delete)
        signedIn.get(.newMember(0), use: newMember)
        signedIn.post(.newMember(0), use: addMember)
        signedIn.get(.editMember(0, 0), use: editMember)
        signedIn.post(.editMember(0, 0), use: updateMember)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await NetworksPage.load(viewer: context.user, on: req.db).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await NetworkPage.load(req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }

    // MARK: The network itself

    func new(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        let context = try PageContext(request: req)
        return try await NetworkFormPage.load(networkID: nil, networkName: nil, state: FormState(), language: context.language, on: req.db)
            .render(context)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        guard user.mayStartForOrganization else { throw Abort(.forbidden) }
        let network = Network()
        return try await save(req, network: network, existingName: nil) {
            try await NetworkAccess.makeCreatorCoordinator(user, of: network, on: req.db)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        return try await NetworkFormPage.load(networkID: network.id, networkName: network.name, state: NetworkForm.values(of: network).state,
                                              language: context.language, on: req.db).render(context)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return try await save(req, network: network, existingName: network.name) {}
    }

    private func save(_ req: Request, network: Network, existingName: String?, afterCreate: () async throws -> Void) async throws -> Response {
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<NetworkForm>.self)
        return try await req.submitForm(next: context.link(.network(try network.requireID())), values: posted.state, render: { state, status in
            try await NetworkFormPage.load(networkID: network.id, networkName: existingName, state: state, language: context.language, on: req.db)
                .render(context, status: status)
        }, save: {
            try await NetworkEditor(database: req.db).save(NetworkForm.input(posted), into: network)
            if existingName == nil { try await afterCreate() }
        })
    }

    func confirmDelete(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        let id = try network.requireID()
        return ConfirmDeletePage(name: network.name, action: context.link(.deleteNetwork(id)), cancel: context.link(.network(id))).render(context)
    }

    func delete(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await NetworkEditor(database: req.db).delete(network)
        return req.redirect(to: try PageContext(request: req).link(.networks), redirectType: .normal)
    }

    // MARK: Members

    private func memberPage(_ req: Request, network: Network, member: NetworkMember?, state: FormState) async throws -> MemberFormPage {
        try await MemberFormPage.load(network: network, member: member, state: state, on: req.db)
    }

    func newMember(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return try await memberPage(req, network: network, member: nil, state: FormState()).render(try PageContext(request: req))
    }

    func addMember(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<MemberForm>.self)
        return try await req.submitForm(next: context.link(.network(try network.requireID())), values: posted.state, render: { state, status in
            try await memberPage(req, network: network, member: nil, state: state).render(context, status: status)
        }, save: {
            try await NetworkEditor(database: req.db).saveMember(MemberForm.input(posted), networkID: network.requireID(), into: NetworkMember())
        })
    }

    func editMember(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let member = try network.member(req)
        return try await memberPage(req, network: network, member: member, state: MemberForm.values(of: member).state).render(try PageContext(request: req))
    }

    /// Saves the membership, or removes it when the form's "remove" button was used.
    func updateMember(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let member = try network.member(req)
        let context = try PageContext(request: req)
        let back = context.link(.network(try network.requireID()))
        if (try? req.content.get(String.self, at: "remove")) == "1" {
            try await NetworkEditor(database: req.db).removeMember(member)
            return req.redirect(to: back, redirectType: .normal)
        }
        let posted = try req.content.decode(FormValues<MemberForm>.self)
        return try await req.submitForm(next: back, values: posted.state, render: { state, status in
            try await memberPage(req, network: network, member: member, state: state).render(context, status: status)
        }, save: {
            try await NetworkEditor(database: req.db).saveMember(MemberForm.input(posted), networkID: network.requireID(), into: member)
        })
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
