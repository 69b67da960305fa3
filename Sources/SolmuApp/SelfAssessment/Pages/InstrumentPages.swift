import Fluent
import Plot
import Vapor

/// Admins' questionnaire editor: the versions, each version's whole content, a new draft version copied from an
/// existing one, editing a draft's dimensions (with their advice) and statements (with their five levels) in three
/// languages, and publishing it. Every edit goes through the version's content document and `InstrumentWriter`, so
/// the page and the API keep one set of rules; a published version cannot be edited.
struct InstrumentPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.instruments, use: list)
        routes.get(.instrumentVersion(0), use: show)
        routes.post(.newInstrumentVersion(0), use: newVersion)
        routes.post(.publishInstrumentVersion(0), use: publish)
        routes.get(.editDimension(0, 0), use: editDimension)
        routes.post(.editDimension(0, 0), use: updateDimension)
        routes.get(.newStatement(0, 0), use: newStatement)
        routes.post(.newStatement(0, 0), use: createStatement)
        routes.get(.editStatement(0, 0), use: editStatement)
        routes.post(.editStatement(0, 0), use: updateStatement)
    }

    private func admin(_ req: Request) async throws -> (AssessmentInstrument, PageContext) {
        _ = try req.requirePageUser(admin: true)
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (try await InstrumentLoader.require(req.intParameter(), includeDrafts: true, on: req.db), try PageContext(request: req))
    }

    func list(req: Request) async throws -> Response {
        let user = try req.requirePageUser(admin: true)
        return InstrumentsPage(versions: try await InstrumentLoader.all(for: user, on: req.db)).render(try PageContext(request: req))
    }

    func show(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        return InstrumentVersionPage(instrument: instrument).render(context)
    }

    func newVersion(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let created = try await InstrumentWriter(database: req.db).newVersion(from: instrument)
        return req.redirect(to: context.link(.instrumentVersion(try created.requireID())), redirectType: .normal)
    }

    func publish(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        try await InstrumentWriter(database: req.db).publish(instrument)
        return req.redirect(to: context.link(.instrumentVersion(try instrument.requireID())), redirectType: .normal)
    }

    // MARK: Dimensions

    private func dimensionIndex(_ req: Request, _ content: InstrumentContent) throws -> Int {
        guard let index = content.dimensions.firstIndex(where: { $0.id == req.parameters.get("dimensionId").flatMap(Int.init) }) else { throw Problem.notFound() }
        return index
    }

    private func dimensionForm(_ instrument: AssessmentInstrument, _ dimensionID: Int, _ state: FormState, _ context: PageContext,
                               status: HTTPResponseStatus = .ok) -> Response {
        var labels: [String: String] = [:]
        var fields: [Node<HTML.FormContext>] = []
        for language in Language.allCases {
            let suffix = language.rawValue.capitalized
            labels["name\(suffix)"] = context.t("questionnaire.name.\(language.rawValue)")
            labels["description\(suffix)"] = context.t("questionnaire.description.\(language.rawValue)")
            labels["advice\(suffix)"] = context.t("questionnaire.advice.\(language.rawValue)")
        }
        for language in Language.allCases {
            let suffix = language.rawValue.capitalized
            fields.append(FormFields.text("name\(suffix)", label: labels["name\(suffix)"]!, required: true, state, context))
            fields.append(FormFields.textArea("description\(suffix)", label: labels["description\(suffix)"]!, lang: language, state, context))
        }
        for language in Language.allCases {
            let suffix = language.rawValue.capitalized
            fields.append(FormFields.textArea("advice\(suffix)", label: labels["advice\(suffix)"]!, hint: context.t("questionnaire.adviceHint"), lang: language, state, context))
        }
        return FormPage(title: context.t("questionnaire.editDimension"), action: context.link(.editDimension(instrument.id ?? 0, dimensionID)),
                        cancel: context.link(.instrumentVersion(instrument.id ?? 0)), state: state, labels: labels, fields: fields).render(context, status: status)
    }

    func editDimension(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let content = InstrumentContent(instrument)
        let dimension = content.dimensions[try dimensionIndex(req, content)]
        var state = FormState()
        for language in Language.allCases {
            let suffix = language.rawValue.capitalized
            state.values["name\(suffix)"] = dimension.name[language] ?? ""
            state.values["description\(suffix)"] = dimension.description?[language] ?? ""
            state.values["advice\(suffix)"] = dimension.advice.map { $0.text[language] ?? "" }.joined(separator: "\n")
        }
        return dimensionForm(instrument, dimension.id ?? 0, state, context)
    }

    func updateDimension(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        var content = InstrumentContent(instrument)
        let index = try dimensionIndex(req, content)
        let state = Self.typed(req, fields: ["nameFi", "nameSv", "nameEn", "descriptionFi", "descriptionSv", "descriptionEn", "adviceFi", "adviceSv", "adviceEn"])
        return try await req.submitForm(next: context.link(.instrumentVersion(instrument.requireID())), values: state, render: { state, status in
            dimensionForm(instrument, content.dimensions[index].id ?? 0, state, context, status: status)
        }, save: {
            var errors: [String: String] = [:]
            for field in ["nameFi", "nameSv", "nameEn"] where state.value(field).isEmpty { errors[field] = "field.required" }
            let advice = ["adviceFi", "adviceSv", "adviceEn"].map { field in state.value(field).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            if Set(advice.map(\.count)).count > 1 { errors["adviceSv"] = "questionnaire.advice.lines"; errors["adviceEn"] = "questionnaire.advice.lines" }
            guard errors.isEmpty else { throw Problem.validation(errors) }
            content.dimensions[index].name = LocalizedText(fi: state.value("nameFi"), sv: state.value("nameSv"), en: state.value("nameEn"))
            content.dimensions[index].description = LocalizedText(fi: state.value("descriptionFi"), sv: state.value("descriptionSv"), en: state.value("descriptionEn"))
            content.dimensions[index].advice = advice[0].indices.map { InstrumentContent.Advice(text: LocalizedText(fi: advice[0][$0], sv: advice[1][$0], en: advice[2][$0])) }
            try await InstrumentWriter(database: req.db).replace(instrument, with: content)
        })
    }

    // MARK: Statements

    static let statementFields = ["key", "textFi", "textSv", "textEn"]
        + InstrumentContent.levels.flatMap { level in ["Fi", "Sv", "En"].map { "level\(level)\($0)" } }

    private func statementForm(_ instrument: AssessmentInstrument, action: String, removable: Bool, _ state: FormState, _ context: PageContext,
                               status: HTTPResponseStatus = .ok) -> Response {
        var labels = ["key": context.t("questionnaire.statementKey")]
        var fields: [Node<HTML.FormContext>] = [FormFields.text("key", label: labels["key"]!, hint: context.t("questionnaire.keyHint"), required: true, state, context)]
        for language in Language.allCases {
            let field = "text\(language.rawValue.capitalized)"
            labels[field] = context.t("questionnaire.statement.\(language.rawValue)")
            fields.append(FormFields.textArea(field, label: labels[field]!, lang: language, state, context))
        }
        for level in InstrumentContent.levels {
            for language in Language.allCases {
                let field = "level\(level)\(language.rawValue.capitalized)"
                labels[field] = context.t("questionnaire.level", ["level": "\(level)", "name": context.t("selfAssessment.level.\(level)"), "language": context.t("language.\(language.rawValue)")])
                fields.append(FormFields.textArea(field, label: labels[field]!, lang: language, state, context))
            }
        }
        return FormPage(title: context.t(removable ? "questionnaire.editStatement" : "questionnaire.newStatement"), action: action,
                        cancel: context.link(.instrumentVersion(instrument.id ?? 0)), state: state, labels: labels, fields: fields,
                        removal: removable ? (action, context.t("questionnaire.removeStatement")) : nil).render(context, status: status)
    }

    /// The statement typed on the form, or 422 naming each empty field (every text is needed in all three languages).
    private static func statement(_ state: FormState, id: Int?) throws -> InstrumentContent.Statement {
        var errors: [String: String] = [:]
        for field in statementFields where state.value(field).isEmpty { errors[field] = "field.required" }
        guard errors.isEmpty else { throw Problem.validation(errors) }
        return InstrumentContent.Statement(
            id: id, key: state.value("key"), text: LocalizedText(fi: state.value("textFi"), sv: state.value("textSv"), en: state.value("textEn")),
            levels: InstrumentContent.levels.map { level in
                .init(level: level, text: LocalizedText(fi: state.value("level\(level)Fi"), sv: state.value("level\(level)Sv"), en: state.value("level\(level)En")))
            })
    }

    private static func typed(_ req: Request, fields: [String]) -> FormState {
        FormState(values: Dictionary(uniqueKeysWithValues: fields.map { ($0, ((try? req.content.get(String.self, at: $0)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) }))
    }

    func newStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        let content = InstrumentContent(instrument)
        let dimension = content.dimensions[try dimensionIndex(req, content)]
        return statementForm(instrument, action: context.link(.newStatement(instrument.id ?? 0, dimension.id ?? 0)), removable: false,
                             FormState(values: ["key": "\(dimension.key)."]), context)
    }

    func createStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        var content = InstrumentContent(instrument)
        let index = try dimensionIndex(req, content)
        let state = Self.typed(req, fields: Self.statementFields)
        return try await req.submitForm(next: context.link(.instrumentVersion(instrument.requireID())), values: state, render: { state, status in
            statementForm(instrument, action: context.link(.newStatement(instrument.id ?? 0, content.dimensions[index].id ?? 0)), removable: false, state, context, status: status)
        }, save: {
            content.dimensions[index].statements.append(try Self.statement(state, id: nil))
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
        var state = FormState(values: ["key": statement.key])
        for language in Language.allCases {
            let suffix = language.rawValue.capitalized
            state.values["text\(suffix)"] = statement.text[language] ?? ""
            for level in statement.levels { state.values["level\(level.level)\(suffix)"] = level.text[language] ?? "" }
        }
        return statementForm(instrument, action: context.link(.editStatement(instrument.id ?? 0, statement.id ?? 0)), removable: !instrument.isPublished, state, context)
    }

    func updateStatement(req: Request) async throws -> Response {
        let (instrument, context) = try await admin(req)
        var content = InstrumentContent(instrument)
        let (d, s) = try statementPosition(req, content)
        let id = content.dimensions[d].statements[s].id ?? 0
        let removing = (try? req.content.get(String.self, at: "remove")) == "1"
        let state = removing ? FormState() : Self.typed(req, fields: Self.statementFields)
        return try await req.submitForm(next: context.link(.instrumentVersion(instrument.requireID())), values: state, render: { state, status in
            statementForm(instrument, action: context.link(.editStatement(instrument.id ?? 0, id)), removable: true, state, context, status: status)
        }, save: {
            if removing {
                content.dimensions[d].statements.remove(at: s)
            } else {
                content.dimensions[d].statements[s] = try Self.statement(state, id: id)
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
