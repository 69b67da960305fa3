import Fluent
import Vapor

/// The project page, and the forms project managers keep a project with.
struct ProjectPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.project(0), use: show)
        routes.get(.newProject, use: new)
        routes.post(.newProject, use: create)
        routes.get(.editProject(0), use: edit)
        routes.post(.editProject(0), use: update)
        routes.get(.newImplementer(0), use: newImplementer)
        routes.post(.newImplementer(0), use: addImplementer)
        routes.get(.newWorkPackage(0), use: newWorkPackage)
        routes.post(.newWorkPackage(0), use: addWorkPackage)
        routes.get(.newResult(0), use: newResult)
        routes.post(.newResult(0), use: addResult)
        routes.get(.projectTargets(0), use: editTargets)
        routes.post(.projectTargets(0), use: saveTargets)
        routes.get(.newReport(0), use: newReport)
        routes.post(.newReport(0), use: addReport)
        routes.get(.editImplementer(0, 0), use: editImplementer)
        routes.post(.editImplementer(0, 0), use: updateImplementer)
        routes.get(.editWorkPackage(0, 0), use: editWorkPackage)
        routes.post(.editWorkPackage(0, 0), use: updateWorkPackage)
        routes.get(.editResult(0, 0), use: editResult)
        routes.post(.editResult(0, 0), use: updateResult)
        routes.get(.correctReport(0, 0), use: editReport)
        routes.post(.correctReport(0, 0), use: correctReport)
    }

    private func programme(of project: Project, _ req: Request) async throws -> Programme? {
        try await project.$programme.id.asyncMap { try await ProgrammeLoader.find($0, on: req.db) } ?? nil
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        let project = try await ProjectLoader.require(req.intParameter(), on: req.db)
        let id = try project.requireID()
        let targets = try await IndicatorTarget.query(on: req.db).filter(\.$project.$id == id).all()
        let reports = try await IndicatorReport.query(on: req.db).filter(\.$project.$id == id).all()
        let canEdit = try await context.user.asyncMap { try await ProjectAccess.canEdit($0, project, on: req.db) } ?? false
        return ProjectPage(project: project, programme: try await programme(of: project, req),
                           targets: Dictionary(targets.map { ($0.$indicator.id, $0.value) }) { first, _ in first },
                           reports: reports, canEdit: canEdit, showContacts: context.user != nil).render(context)
    }

    // MARK: The project itself

    private func projectForm(_ req: Request, project: Project?, state: FormState) async throws -> FormPage {
        let context = try PageContext(request: req)
        let programmes = try await Programme.query(on: req.db).sort(\.$name).with(\.$instruments).all()
        let instruments = programmes.flatMap { programme in
            programme.instruments.sorted { $0.code < $1.code }.map { (value: "\($0.id ?? 0)", label: "\(programme.name): \($0.name.display(context.language))") }
        }
        let themes = try await AtlasOptions.load(req.db, context.language).competences
        return ProjectForms.project(id: project?.id, name: project?.name.display(context.language), state: state,
                                    programmes: programmes.map { (value: "\($0.id ?? 0)", label: $0.name) }, instruments: instruments, themes: themes, context)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard ProjectAccess.canCreate(user) else { throw Abort(.forbidden) }
        let state = FormState(values: ["programmeId": req.query[String.self, at: "programme"] ?? "", "status": "planned"])
        return try await projectForm(req, project: nil, state: state).render(try PageContext(request: req))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard ProjectAccess.canCreate(user) else { throw Abort(.forbidden) }
        try CSRF.verifyForm(req)
        let project = Project()
        return try await save(req, project: project, existing: nil) {
            try await ProjectAccess.makeCreatorLead(user, of: project, on: req.db)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        let context = try PageContext(request: req)
        return try await projectForm(req, project: project, state: ProjectForms.state(from: project, context.language)).render(context)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        try CSRF.verifyForm(req)
        return try await save(req, project: project, existing: project) {}
    }

    private func save(_ req: Request, project: Project, existing: Project?, afterCreate: @escaping () async throws -> Void) async throws -> Response {
        let context = try PageContext(request: req)
        let form = try req.content.decode(ProjectForm.self)
        var (input, formErrors) = form.input()
        input.networkId = existing?.$network.id
        return try await req.submitForm(next: context.link(.project(project.id ?? 0)), values: ProjectForms.state(from: form), render: { state, status in
            try await projectForm(req, project: existing, state: state).render(context, status: status)
        }, save: {
            try await ProjectEditor(database: req.db).save(input, into: project, formErrors: formErrors)
            if existing == nil { try await afterCreate() }
        })
    }

    // MARK: Parts

    private func editable(_ req: Request) async throws -> (Project, PageContext) {
        let user = try req.requirePageUser()
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (project, try PageContext(request: req))
    }

    private func implementerForm(_ req: Request, _ project: Project, existing: ProjectImplementer? = nil, state: FormState,
                                 _ context: PageContext) async throws -> FormPage {
        let organizations = existing != nil ? [] : try await AtlasOptions.organizations(req.db, except: Set(project.implementers.map(\.$organization.id)))
        // Editing: the contact can only be one of the implementer's own people.
        let people = try await AtlasOptions.people(req.db, of: existing?.$organization.id)
        return ProjectForms.implementer(project, existing: existing, state: state, organizations: organizations, people: people, context)
    }

    func newImplementer(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        return try await implementerForm(req, project, state: FormState(), context).render(context)
    }

    func addImplementer(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            try await implementerForm(req, project, state: state, context).render(context, status: status)
        }, save: {
            try await ProjectPartsEditor(database: req.db, project: project).saveImplementer(Self.implementerInput(form), into: ProjectImplementer())
        })
    }

    static func implementerInput(_ form: [String: String]) throws -> ImplementerInput {
        var errors: [String: String] = [:]
        let budget = MoneyField.parse(form["budgetCents"], field: "budgetCents", into: &errors)
        if !errors.isEmpty { throw Problem.validation(errors) }
        return ImplementerInput(organizationId: form["organizationId"].nonEmpty.flatMap(Int.init), role: form["role"],
                                contactPersonId: form["contactPersonId"].nonEmpty.flatMap(Int.init), budgetCents: budget)
    }

    func editImplementer(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let implementer = try project.implementer(req)
        let state = FormState(values: ["role": implementer.role.rawValue, "contactPersonId": implementer.$contactPerson.id.map(String.init) ?? "",
                                       "budgetCents": MoneyField.text(implementer.budgetCents, context.language)])
        return try await implementerForm(req, project, existing: implementer, state: state, context).render(context)
    }

    /// Saves the implementer, or removes it when the form's "remove" button was used.
    func updateImplementer(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let implementer = try project.implementer(req)
        let editor = ProjectPartsEditor(database: req.db, project: project)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            try await implementerForm(req, project, existing: implementer, state: state, context).render(context, status: status)
        }, save: {
            if form["remove"] == "1" { return try await editor.removeImplementer(implementer) }
            try await editor.saveImplementer(Self.implementerInput(form), into: implementer)
        })
    }

    func newWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let next = (project.workPackages.map(\.number).max() ?? 0) + 1
        return ProjectForms.workPackage(project, state: FormState(values: ["number": "\(next)"]), context).render(context)
    }

    func addWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            ProjectForms.workPackage(project, state: state, context).render(context, status: status)
        }, save: {
            try await ProjectPartsEditor(database: req.db, project: project).saveWorkPackage(Self.workPackageInput(form, existing: nil), into: WorkPackage())
        })
    }

    /// The work package form: empty item rows are skipped; the other languages' descriptions are kept as they were.
    static func workPackageInput(_ form: [String: String], existing: WorkPackage?) throws -> WorkPackageInput {
        guard let number = Int(form["number"] ?? "") else { throw Problem.validation(["number": "number.invalid"]) }
        let items = (0..<ProjectForms.itemRows(existing)).compactMap { row -> WorkPackageInput.Item? in
            guard let title = form["items.\(row).title"].nonEmpty else { return nil }
            return .init(kind: form["items.\(row).kind"].nonEmpty ?? "task", title: title, dueOn: form["items.\(row).dueOn"],
                         status: form["items.\(row).status"].nonEmpty ?? "notStarted")
        }
        let description = LocalizedText(fi: form["descriptionFi"], sv: existing?.descriptionSv, en: existing?.descriptionEn)
        return WorkPackageInput(number: number, title: LocalizedText(fi: form["titleFi"], sv: form["titleSv"], en: form["titleEn"]),
                                description: description, responsibleId: form["responsibleId"].nonEmpty.flatMap(Int.init), items: items)
    }

    func editWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let workPackage = try project.workPackage(req)
        return ProjectForms.workPackage(project, existing: workPackage, state: ProjectForms.state(from: workPackage), context).render(context)
    }

    func updateWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let workPackage = try project.workPackage(req)
        let editor = ProjectPartsEditor(database: req.db, project: project)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            ProjectForms.workPackage(project, existing: workPackage, state: state, context).render(context, status: status)
        }, save: {
            if form["remove"] == "1" { return try await editor.deleteWorkPackage(workPackage) }
            try await editor.saveWorkPackage(Self.workPackageInput(form, existing: workPackage), into: workPackage)
        })
    }

    func newResult(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        return ProjectForms.result(project, state: FormState(), context).render(context)
    }

    func addResult(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            ProjectForms.result(project, state: state, context).render(context, status: status)
        }, save: {
            let input = ResultInput(kind: form["kind"], title: form["title"], description: form["description"], url: form["url"])
            try await ProjectPartsEditor(database: req.db, project: project).saveResult(input, into: ProjectResult())
        })
    }

    func editResult(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let result = try project.result(req)
        let state = FormState(values: ["kind": result.kind.rawValue, "title": result.title, "description": result.summary ?? "", "url": result.url ?? ""])
        return ProjectForms.result(project, existing: result, state: state, context).render(context)
    }

    func updateResult(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let result = try project.result(req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            ProjectForms.result(project, existing: result, state: state, context).render(context, status: status)
        }, save: {
            if form["remove"] == "1" { return try await result.delete(on: req.db) }
            let input = ResultInput(kind: form["kind"], title: form["title"], description: form["description"], url: form["url"])
            try await ProjectPartsEditor(database: req.db, project: project).saveResult(input, into: result)
        })
    }

    // MARK: Indicators

    private func indicators(_ project: Project, _ req: Request) async throws -> [Indicator] {
        try await project.$programme.id.asyncMap { try await Indicator.query(on: req.db).filter(\.$programme.$id == $0).sort(\.$code).all() } ?? []
    }

    func editTargets(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let indicators = try await indicators(project, req)
        let targets = try await IndicatorTarget.query(on: req.db).filter(\.$project.$id == project.requireID()).all()
        var values: [String: String] = [:]
        for (index, indicator) in indicators.enumerated() {
            if let target = targets.first(where: { $0.$indicator.id == indicator.id }) {
                values["targets.\(index).value"] = FixedPoint.quantity.formatted(target.value, context.language).replacingOccurrences(of: "\u{00A0}", with: "")
            }
        }
        return ProjectForms.targets(project, indicators: indicators, state: FormState(values: values), context).render(context)
    }

    func saveTargets(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let indicators = try await indicators(project, req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            ProjectForms.targets(project, indicators: indicators, state: state, context).render(context, status: status)
        }, save: {
            let targets = indicators.indices.map { TargetsInput.Target(indicatorId: Int(form["indicator\($0)"] ?? ""), value: form["targets.\($0).value"]) }
            try await ProjectPartsEditor(database: req.db, project: project).saveTargets(TargetsInput(targets: targets))
        })
    }

    func newReport(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        return ProjectForms.report(project, indicators: try await indicators(project, req), state: FormState(), context).render(context)
    }

    func addReport(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let user = try req.requirePageUser()
        let indicators = try await indicators(project, req)
        let form = try req.content.decode([String: String].self)
        return try await req.submitForm(next: context.link(.project(project.requireID())), values: FormState(values: form), render: { state, status in
            ProjectForms.report(project, indicators: indicators, state: state, context).render(context, status: status)
        }, save: {
            let input = ReportInput(indicatorId: form["indicatorId"].nonEmpty.flatMap(Int.init), periodStart: form["periodStart"],
                                    periodEnd: form["periodEnd"], value: form["value"], note: form["note"])
            _ = try await IndicatorReporting(database: req.db, project: project).create(input, by: user)
        })
    }
}

extension ProjectPages {
    private func report(_ req: Request, of project: Project) async throws -> IndicatorReport {
        guard let id = req.parameters.get("reportId").flatMap(Int.init),
              let report = try await IndicatorReport.query(on: req.db).filter(\.$id == id).filter(\.$project.$id == project.requireID()).first()
        else { throw Problem.notFound() }
        return report
    }

    private static func state(from report: IndicatorReport) -> FormState {
        FormState(values: ["periodStart": report.periodStart, "periodEnd": report.periodEnd, "value": FixedPoint.quantity.plain(report.value),
                           "note": report.note ?? "", "version": "\(report.version)"])
    }

    func editReport(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let existing = try await report(req, of: project)
        let indicators = try await Indicator.query(on: req.db).filter(\.$id == existing.$indicator.id).all()
        return ProjectForms.report(project, indicators: indicators, existing: existing, state: Self.state(from: existing), context).render(context)
    }

    /// A correction names the version it started from. If someone corrected the report meanwhile, the form comes back
    /// with what this user typed, the other person's change named at the top, and the new version — nothing is overwritten.
    func correctReport(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let user = try req.requirePageUser()
        let existing = try await report(req, of: project)
        let indicators = try await Indicator.query(on: req.db).filter(\.$id == existing.$indicator.id).all()
        let form = try req.content.decode([String: String].self)
        do {
            let input = ReportCorrection(version: form["version"].flatMap { Int($0) }, periodStart: form["periodStart"], periodEnd: form["periodEnd"],
                                         value: form["value"], note: form["note"])
            _ = try await IndicatorReporting(database: req.db, project: project).correct(existing, with: input, by: user)
            return req.redirect(to: context.link(.project(try project.requireID())), redirectType: .normal)
        } catch let problem as Problem {
            var state = FormState(values: form)
            state.errors = problem.fieldErrors
            if problem.status == .conflict, let fresh = try await IndicatorReport.find(existing.id, on: req.db) {
                state.values["version"] = "\(fresh.version)"
                state.formError = (problem.detailKey ?? problem.titleKey, problem.detailValues)
            }
            return ProjectForms.report(project, indicators: indicators, existing: existing, state: state, context).render(context, status: problem.status)
        }
    }
}
