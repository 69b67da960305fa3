import Fluent
import Plot
import Vapor

/// Admins' questionnaire editor: the versions, each version's whole content, a new draft version copied from an
/// existing one, editing a draft's dimensions (with their advice) and statements (with their five levels) in three
/// languages, and publishing it. Every edit goes through the version's content document and `InstrumentWriter`, so
/// the page and the API keep one set of rules; a published version cannot be edited.
struct InstrumentPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admins = routes.admins()
        admins.get(.instruments, use: list)
        admins.get(.instrumentVersion(0), use: show)
        admins.post(.newInstrumentVersion(0), use: newVersion)
        admins.post(.publishInstrumentVersion(0), use: publish)
        admins.get(.editDimension(0, 0), use: editDimension)
        admins.post(.editDimension(0, 0), use: updateDimension)
        admins.get(.newStatement(0, 0), use: newStatement)
        admins.post(.newStatement(0, 0), use: createStatement)
        admins.get(.editStatement(0, 0), use: editStatement)
        admins.post(.editStatement(0, 0), use: updateStatement)
    }

    private func admin(_ req: Request) async throws -> (AssessmentInstrument, PageContext) {
        return (try await InstrumentLoader.require(req.intParameter(), includeDrafts: true, on: req.db), try PageContext(request: req))
    }

    func list(req: Request) async throws -> Response {
        let user = try req.user
        return try await InstrumentsPage.load(viewer: user, on: req.db).render(try PageContext(request: req))
    }

    func show(req: Request) async throws -> Response {
        try await InstrumentVersionPage.load(req.intParameter(), on: req.db).render(PageContext(request: req))
    }

    func newVersion(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let created = try await InstrumentWriter(database: req.db).newVersion(from: instrument)
        return req.redirect(to: context.link(.instrumentVersion(try created.requireID())), after: .created)
    }

    func publish(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        try await InstrumentWriter(database: req.db).publish(instrument)
        return req.redirect(to: context.link(.instrumentVersion(try instrument.requireID())), after: .saved)
    }

    // MARK: Dimensions

    private func dimensionIndex(_ req: Request, _ content: InstrumentContent) throws -> Int {
        guard let index = content.dimensions.firstIndex(where: { $0.id == req.parameters.get("dimensionId").flatMap(Int.init) }) else {
            throw Problem.notFound()
        }
        return index
    }

    /// The breadcrumbs down to a version's forms: the versions, then the version.
    private func trail(_ instrument: AssessmentInstrument, _ context: PageContext) -> [(title: String, href: String)] {
        let version = context.t("selfAssessment.version", ["name": instrument.name.display(context.language), "version": "\(instrument.version)"])
        return [
            (title: context.t("questionnaire.versions"), href: context.link(.instruments)),
            (title: version, href: context.link(.instrumentVersion(instrument.id ?? 0))),
        ]
    }

    private func dimensionForm(
        _ instrument: AssessmentInstrument, _ dimensionID: Int, _ state: FormState, _ context: PageContext,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        FormPage(
            InstrumentDimensionForm.self, title: context.t("questionnaire.editDimension"),
            action: context.link(.editDimension(instrument.id ?? 0, dimensionID)), cancel: context.link(.instrumentVersion(instrument.id ?? 0)),
            state: state, fields: FormFields.draw(InstrumentDimensionForm.self, state, context), breadcrumbs: trail(instrument, context),
            context: context
        ).render(context, status: status)
    }

    func editDimension(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let content = InstrumentContent(instrument)
        let dimension = content.dimensions[try dimensionIndex(req, content)]
        return dimensionForm(instrument, dimension.id ?? 0, InstrumentDimensionForm.values(of: dimension).state, context)
    }

    func updateDimension(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        var content = InstrumentContent(instrument)
        let index = try dimensionIndex(req, content)
        let posted = try Self.posted(req, InstrumentDimensionForm.self)
        return try await req.submitForm(
            next: context.link(.instrumentVersion(instrument.requireID())), values: posted.state,
            render: { state, status in
                dimensionForm(instrument, content.dimensions[index].id ?? 0, state, context, status: status)
            },
            save: {
                try InstrumentDimensionForm.apply(posted, to: &content.dimensions[index])
                try await InstrumentWriter(database: req.db).replace(instrument, with: content)
            })
    }

    // MARK: Statements

    /// The statement form's field names in order (tests fill the form with them).
    static let statementFields = InstrumentStatementForm.Key.allCases.map(\.rawValue)

    private func statementForm(
        _ instrument: AssessmentInstrument, action: String, removable: Bool, _ state: FormState, _ context: PageContext,
        status: HTTPResponseStatus = .ok
    ) -> Response {
        FormPage(
            title: context.t(removable ? "questionnaire.editStatement" : "questionnaire.newStatement"), action: action,
            cancel: context.link(.instrumentVersion(instrument.id ?? 0)), state: state, labels: InstrumentStatementForm.summaryLabels(context),
            fields: InstrumentStatementForm.draw(state, context),
            submitLabel: context.t(removable ? "form.save" : "questionnaire.newStatement"),
            removal: removable ? (action, context.t("questionnaire.removeStatement")) : nil,
            breadcrumbs: trail(instrument, context)
        ).render(context, status: status)
    }

    /// What was posted to one of the editor's forms, each text trimmed (so it is shown back and saved without the
    /// spaces and blank lines around it).
    private static func posted<Form: FormDescription>(_ req: Request, _ form: Form.Type) throws -> FormValues<Form> {
        var posted = try req.content.decode(FormValues<Form>.self)
        for key in Form.Key.allCases { posted[key] = posted[key]?.trimmingCharacters(in: .whitespacesAndNewlines) }
        return posted
    }

    func newStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let content = InstrumentContent(instrument)
        let dimension = content.dimensions[try dimensionIndex(req, content)]
        return statementForm(
            instrument, action: context.link(.newStatement(instrument.id ?? 0, dimension.id ?? 0)), removable: false,
            FormValues<InstrumentStatementForm>([.key: "\(dimension.key)."]).state, context)
    }

    func createStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        var content = InstrumentContent(instrument)
        let index = try dimensionIndex(req, content)
        let posted = try Self.posted(req, InstrumentStatementForm.self)
        return try await req.submitForm(
            next: context.link(.instrumentVersion(instrument.requireID())), values: posted.state,
            render: { state, status in
                statementForm(
                    instrument, action: context.link(.newStatement(instrument.id ?? 0, content.dimensions[index].id ?? 0)), removable: false, state,
                    context, status: status)
            },
            save: {
                content.dimensions[index].statements.append(try InstrumentStatementForm.statement(posted, id: nil))
                try await Self.replace(instrument, with: content, on: req.db)
            })
    }

    private func statementPosition(_ req: Request, _ content: InstrumentContent) throws -> (Int, Int) {
        let id = req.parameters.get("statementId").flatMap(Int.init)
        for (d, dimension) in content.dimensions.enumerated() {
            if let s = dimension.statements.firstIndex(where: { $0.id == id }) { return (d, s) }
        }
        throw Problem.notFound()
    }

    func editStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let content = InstrumentContent(instrument)
        let (d, s) = try statementPosition(req, content)
        let statement = content.dimensions[d].statements[s]
        return statementForm(
            instrument, action: context.link(.editStatement(instrument.id ?? 0, statement.id ?? 0)), removable: !instrument.isPublished,
            InstrumentStatementForm.values(of: statement).state, context)
    }

    func updateStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        var content = InstrumentContent(instrument)
        let (d, s) = try statementPosition(req, content)
        let id = content.dimensions[d].statements[s].id ?? 0
        let removing = (try? req.content.get(String.self, at: "remove")) == "1"
        let posted = try removing ? FormValues<InstrumentStatementForm>() : Self.posted(req, InstrumentStatementForm.self)
        return try await req.submitForm(
            next: context.link(.instrumentVersion(instrument.requireID())), values: posted.state,
            render: { state, status in
                statementForm(
                    instrument, action: context.link(.editStatement(instrument.id ?? 0, id)), removable: true, state, context, status: status)
            },
            save: {
                if removing {
                    content.dimensions[d].statements.remove(at: s)
                } else {
                    content.dimensions[d].statements[s] = try InstrumentStatementForm.statement(posted, id: id)
                }
                try await Self.replace(instrument, with: content, on: req.db)
            })
    }

    /// Replaces the draft's content; a problem the form's own checks did not catch (a duplicate key, a dimension left
    /// without statements) is shown above the form.
    private static func replace(_ instrument: AssessmentInstrument, with content: InstrumentContent, on database: any Database) async throws {
        do {
            try await InstrumentWriter(database: database).replace(instrument, with: content)
        } catch var problem as Problem where problem.status == .unprocessableEntity {
            let keys = Set(problem.fieldErrors.values)
            problem.fieldErrors = [:]
            problem.detailKey = keys.sorted().first
            throw problem
        }
    }
}
