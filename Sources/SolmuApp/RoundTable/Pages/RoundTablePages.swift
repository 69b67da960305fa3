import Fluent
import Plot
import Vapor

/// The round table's pages: the topics, each topic's summary, and the keepers' topic and position forms.
struct RoundTablePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.roundTable, use: list)
        routes.get(.topic(0), use: show)
        signedIn.get(.newTopic, use: new)
        signedIn.post(.newTopic, use: create)
        signedIn.get(.editTopic(0), use: edit)
        signedIn.post(.editTopic(0), use: update)
        signedIn.get(.newPosition(0), use: newPosition)
        signedIn.post(.newPosition(0), use: addPosition)
    }

    func list(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await RoundTablePage.load(viewer: context.user, on: req.db).render(context)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await TopicPage.load(req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }

    /// The networks `user` keeps: a round table is run by one of them.
    private func keptNetworks(_ req: Request, _ user: User?) async throws -> [(value: String, label: String)] {
        guard let user else { return [] }
        return try await NetworkAccess.kept(by: user, on: req.db).map { (value: "\($0.id ?? 0)", label: $0.name) }
    }

    private func form(_ req: Request, _ topic: RoundTableTopic?, _ state: FormState, _ context: PageContext, status: HTTPResponseStatus = .ok) async throws -> Response {
        var state = state
        if let error = state.errors.removeValue(forKey: "title") { state.errors[TopicForm.Key.titleFi.rawValue] = error }
        let networks = try await keptNetworks(req, context.user)
        let meetings = try await RoundTableLoader.meetings(req.db)
            .map { (value: "\($0.id ?? 0)", label: $0.title.display(context.language) + " – " + EventTime.text($0, context.language)) }
        let statuses = RoundTableTopic.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        // The network is chosen when the topic is started, and kept after that.
        let fixed: Set<TopicForm.Key> = topic == nil ? [] : [.networkId]
        return FormPage(TopicForm.self,
                        title: topic.map { context.t("topic.editTitle", ["name": $0.title.display(context.language)]) } ?? context.t("topic.new"),
                        action: topic.map { context.link(.editTopic($0.id ?? 0)) } ?? context.link(.newTopic),
                        cancel: topic.map { context.link(.topic($0.id ?? 0)) } ?? context.link(.roundTable),
                        state: state,
                        fields: FormFields.draw(TopicForm.self, state, context, options: [.networkId: networks, .status: statuses, .meetingIds: meetings],
                                                except: fixed),
                        context: context).render(context, status: status)
    }

    func new(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await form(req, nil, FormValues<TopicForm>([.status: RoundTableTopic.Status.proposed.rawValue]).state, context)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<TopicForm>.self)
        let (details, parseErrors) = TopicForm.details(posted)
        var formErrors = parseErrors
        if let network = details.networkId, try await !NetworkAccess.canEdit(user, networkID: network, on: req.db) {
            formErrors[TopicForm.Key.networkId.rawValue] = "network.unknown"
        }
        let topic = RoundTableTopic()
        return try await req.submitForm(next: context.link(.topic(topic.id ?? 0)), values: posted.state, render: { state, status in
            try await self.form(req, nil, state, context, status: status)
        }, save: {
            try await RoundTableEditor(database: req.db).save(details, into: topic, formErrors: formErrors)
        })
    }

    private func editable(_ req: Request) async throws -> (RoundTableTopic, PageContext) {
        let user = try req.user
        let topic = try await RoundTableLoader.requireEditable(req.intParameter(), by: user, on: req.db)
        return (topic, try PageContext(request: req))
    }

    func edit(req: Request) async throws -> Response {
        let (topic, context) = try await editable(req)
        return try await form(req, topic, TopicForm.values(of: topic).state, context)
    }

    func update(req: Request) async throws -> Response {
        let (topic, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<TopicForm>.self)
        var (details, formErrors) = TopicForm.details(posted)
        details.networkId = topic.$network.id
        return try await req.submitForm(next: context.link(.topic(topic.requireID())), values: posted.state, render: { state, status in
            try await self.form(req, topic, state, context, status: status)
        }, save: {
            try await RoundTableEditor(database: req.db).save(details, into: topic, formErrors: formErrors)
        })
    }

    private func positionForm(_ req: Request, _ topic: RoundTableTopic, _ state: FormState, _ context: PageContext, status: HTTPResponseStatus = .ok) async throws -> Response {
        let stances = StakeholderPosition.Stance.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let organizations = try await AtlasOptions.organizations(req.db)
        return FormPage(PositionForm.self, title: context.t("position.new"), action: context.link(.newPosition(topic.id ?? 0)),
                        cancel: context.link(.topic(topic.id ?? 0)), state: state, lead: topic.title.display(context.language),
                        fields: FormFields.draw(PositionForm.self, state, context, options: [.organizationId: organizations, .stance: stances]),
                        context: context).render(context, status: status)
    }

    func newPosition(req: Request) async throws -> Response {
        let (topic, context) = try await editable(req)
        return try await positionForm(req, topic, FormState(), context)
    }

    func addPosition(req: Request) async throws -> Response {
        let (topic, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<PositionForm>.self)
        return try await req.submitForm(next: context.link(.topic(topic.requireID())), values: posted.state, render: { state, status in
            try await positionForm(req, topic, state, context, status: status)
        }, save: {
            try await RoundTableEditor(database: req.db).savePosition(PositionForm.details(posted), topic: topic, into: StakeholderPosition())
        })
    }
}
