import Fluent
import Plot
import Vapor

/// The round table's pages: the topics, each topic's summary, and the keepers' topic and position forms.
struct RoundTablePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.roundTable, use: list)
        routes.get(.topic(0), use: show)
        signedIn.form(.newTopic, newTopic)
        signedIn.form(.editTopic(0), editTopic)
        signedIn.form(.newPosition(0), newPosition)
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

    private func topicForm(_ req: Request, _ topic: RoundTableTopic?, _ state: FormState, _ context: PageContext) async throws -> FormPage {
        var state = state
        if let error = state.errors.removeValue(forKey: "title") { state.errors[TopicForm.Key.titleFi.rawValue] = error }
        let networks = try await keptNetworks(req, context.user)
        let meetings = try await RoundTableLoader.meetings(req.db)
            .map { (value: "\($0.id ?? 0)", label: $0.title.display(context.language) + " – " + EventTime.text($0, context.language)) }
        let statuses = RoundTableTopic.Status.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        // The network is chosen when the topic is started, and kept after that.
        let fixed: Set<TopicForm.Key> = topic == nil ? [] : [.networkId]
        return FormPage(
            TopicForm.self,
            title: topic.map { context.t("topic.editTitle", ["name": $0.title.display(context.language)]) } ?? context.t("topic.new"),
            action: topic.map { context.link(.editTopic($0.id ?? 0)) } ?? context.link(.newTopic),
            cancel: topic.map { context.link(.topic($0.id ?? 0)) } ?? context.link(.roundTable),
            state: state,
            fields: FormFields.draw(
                TopicForm.self, state, context, options: [.networkId: networks, .status: statuses, .meetingIds: meetings],
                except: fixed),
            submitLabel: context.t(topic == nil ? "topic.new" : "form.save"),
            breadcrumbs: [(title: context.t("roundTable.title"), href: context.link(.roundTable))]
                + (topic.map { [(title: $0.title.display(context.language), href: context.link(.topic($0.id ?? 0)))] } ?? []),
            context: context)
    }

    /// A new topic, in one of the networks its starter keeps (another network is refused beside the field).
    var newTopic: FormRoute<TopicForm, RoundTableTopic> {
        FormRoute(
            subject: { _ in RoundTableTopic() },
            initial: { _ in FormValues<TopicForm>([.status: RoundTableTopic.Status.proposed.rawValue]) },
            page: { req, _, state, context in try await topicForm(req, nil, state, context) },
            next: { topic, context in context.link(.topic(topic.id ?? 0)) },
            save: { req, topic, posted in
                let user = try req.user
                let (details, parseErrors) = TopicForm.details(posted.values)
                var formErrors = parseErrors
                if let network = details.networkId, try await !NetworkAccess.canEdit(user, networkID: network, on: req.db) {
                    formErrors[TopicForm.Key.networkId.rawValue] = "network.unknown"
                }
                try await RoundTableEditor(database: req.db).save(details, into: topic, formErrors: formErrors)
            })
    }

    /// The topic, when the signed-in user keeps its network (else 403).
    private func editable(_ req: Request) async throws -> RoundTableTopic {
        let user = try req.user
        return try await RoundTableLoader.requireEditable(req.intParameter(), by: user, on: req.db)
    }

    /// A topic's details; its network stays the one it was started in.
    var editTopic: FormRoute<TopicForm, RoundTableTopic> {
        FormRoute(
            subject: { try await editable($0) },
            initial: { TopicForm.values(of: $0) },
            page: { req, topic, state, context in try await topicForm(req, topic, state, context) },
            next: { topic, context in context.link(.topic(try topic.requireID())) },
            save: { req, topic, posted in
                var (details, formErrors) = TopicForm.details(posted.values)
                details.networkId = topic.$network.id
                try await RoundTableEditor(database: req.db).save(details, into: topic, formErrors: formErrors)
            })
    }

    private func positionForm(_ req: Request, _ topic: RoundTableTopic, _ state: FormState, _ context: PageContext) async throws -> FormPage {
        let stances = StakeholderPosition.Stance.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        let organizations = try await AtlasOptions.organizations(req.db)
        return FormPage(
            PositionForm.self, title: context.t("position.new"), action: context.link(.newPosition(topic.id ?? 0)),
            cancel: context.link(.topic(topic.id ?? 0)), state: state, lead: topic.title.display(context.language),
            fields: FormFields.draw(PositionForm.self, state, context, options: [.organizationId: organizations, .stance: stances]),
            submitLabel: context.t("position.new"),
            breadcrumbs: [
                (title: context.t("roundTable.title"), href: context.link(.roundTable)),
                (title: topic.title.display(context.language), href: context.link(.topic(topic.id ?? 0))),
            ],
            context: context)
    }

    /// A stakeholder's position on a topic.
    var newPosition: FormRoute<PositionForm, RoundTableTopic> {
        FormRoute(
            subject: { try await editable($0) },
            page: { req, topic, state, context in try await positionForm(req, topic, state, context) },
            next: { topic, context in context.link(.topic(try topic.requireID())) },
            save: { req, topic, posted in
                try await RoundTableEditor(database: req.db).savePosition(
                    PositionForm.details(posted.values), topic: topic, into: StakeholderPosition())
            })
    }
}
