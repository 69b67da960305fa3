import Fluent
import Vapor

/// The public network pages, and the forms for those who keep a network.
struct NetworkPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.networks, use: list)
        routes.get(.network(0), use: show)
        signedIn.form(.newNetwork, newNetwork)
        signedIn.form(.editNetwork(0), editNetwork)
        signedIn.get(.deleteNetwork(0), use: confirmDelete)
        signedIn.post(.deleteNetwork(0), use: delete)
        signedIn.form(.newMember(0), newMember)
        signedIn.form(.editMember(0, 0), editMember)
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

    /// A new network; its creator's organisation becomes its coordinator.
    var newNetwork: FormRoute<NetworkForm, (user: User, network: Network)> {
        FormRoute(
            subject: { req in
                let user = try req.user
                guard user.mayStartForOrganization else { throw Abort(.forbidden) }
                return (user, Network())
            },
            page: { req, _, state, context in
                try await NetworkFormPage.load(networkID: nil, networkName: nil, state: state, language: context.language, on: req.db)
                    .formPage(context)
            },
            next: { s, context in context.link(.network(try s.network.requireID())) },
            save: { req, s, posted in
                try await NetworkEditor(database: req.db).save(NetworkForm.input(posted.values), into: s.network)
                try await NetworkAccess.makeCreatorCoordinator(s.user, of: s.network, on: req.db)
            })
    }

    /// The network for its keepers' forms: a redirect to sign in, or 403 for anyone else.
    private func editable(_ req: Request) async throws -> Network {
        let user = try req.user
        return try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
    }

    var editNetwork: FormRoute<NetworkForm, Network> {
        FormRoute(
            subject: { try await editable($0) },
            initial: { NetworkForm.values(of: $0) },
            page: { req, network, state, context in
                try await NetworkFormPage.load(
                    networkID: network.id, networkName: network.name, state: state, language: context.language,
                    on: req.db
                ).formPage(context)
            },
            next: { network, context in context.link(.network(try network.requireID())) },
            save: { req, network, posted in try await NetworkEditor(database: req.db).save(NetworkForm.input(posted.values), into: network) })
    }

    func confirmDelete(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        let id = try network.requireID()
        return ConfirmDeletePage(
            name: network.name, action: context.link(.deleteNetwork(id)), cancel: context.link(.network(id)),
            trail: [
                (title: context.t("networks.title"), href: context.link(.networks)), (title: network.name, href: context.link(.network(id))),
            ]
        ).render(context)
    }

    func delete(req: Request) async throws -> Response {
        let user = try req.user
        let network = try await NetworkAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try await NetworkEditor(database: req.db).delete(network)
        return req.redirect(to: try PageContext(request: req).link(.networks), after: .removed)
    }

    // MARK: Members

    var newMember: FormRoute<MemberForm, Network> {
        FormRoute(
            subject: { try await editable($0) },
            page: { req, network, state, context in
                try await MemberFormPage.load(network: network, member: nil, state: state, on: req.db).formPage(context)
            },
            next: { network, context in context.link(.network(try network.requireID())) },
            save: { req, network, posted in
                try await NetworkEditor(database: req.db)
                    .saveMember(MemberForm.input(posted.values), networkID: network.requireID(), into: NetworkMember())
            })
    }

    /// A membership's role, contact person and period; or its removal, with the form's "remove" button.
    var editMember: FormRoute<MemberForm, (network: Network, member: NetworkMember)> {
        FormRoute(
            subject: { req in
                let network = try await editable(req)
                return (network, try network.member(req))
            },
            initial: { MemberForm.values(of: $0.member) },
            page: { req, s, state, context in
                try await MemberFormPage.load(network: s.network, member: s.member, state: state, on: req.db).formPage(context)
            },
            next: { s, context in context.link(.network(try s.network.requireID())) },
            save: { req, s, posted in
                let editor = NetworkEditor(database: req.db)
                if posted.removing { return try await editor.removeMember(s.member) }
                try await editor.saveMember(MemberForm.input(posted.values), networkID: s.network.requireID(), into: s.member)
            })
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
