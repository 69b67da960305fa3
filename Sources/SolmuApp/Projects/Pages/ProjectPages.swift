import Fluent
import Vapor

/// The project page, and the forms project managers keep a project with.
struct ProjectPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        routes.get(.project(0), use: show)
        signedIn.form(.newProject, newProject)
        signedIn.form(.editProject(0), editProject)
        signedIn.form(.newImplementer(0), newImplementer)
        signedIn.get(.newWorkPackage(0), use: newWorkPackage)
        signedIn.post(.newWorkPackage(0), use: addWorkPackage)
        signedIn.form(.newResult(0), newResult)
        signedIn.get(.projectTargets(0), use: editTargets)
        signedIn.post(.projectTargets(0), use: saveTargets)
        signedIn.form(.newReport(0), newReport)
        signedIn.form(.editImplementer(0, 0), editImplementer)
        signedIn.get(.editWorkPackage(0, 0), use: editWorkPackage)
        signedIn.post(.editWorkPackage(0, 0), use: updateWorkPackage)
        signedIn.form(.editResult(0, 0), editResult)
        signedIn.get(.correctReport(0, 0), use: editReport)
        signedIn.post(.correctReport(0, 0), use: correctReport)
    }

    func show(req: Request) async throws -> Response {
        let context = try PageContext(request: req)
        return try await ProjectPage.load(id: req.intParameter(), viewer: context.user, language: context.language, on: req.db).render(context)
    }

    // MARK: The project itself

    private func projectForm(_ req: Request, project: Project?, state: FormState, _ context: PageContext) async throws -> FormPage {
        let options = try await ProjectLoader.formOptions(context.language, on: req.db)
        return ProjectForms.project(
            id: project?.id, name: project?.name.display(context.language), state: state,
            programmes: options.programmes, instruments: options.instruments, themes: options.themes,
            trail: project.map { ProjectForms.trail($0, context) } ?? [(title: context.t("programmes.title"), href: context.link(.programmes))],
            context)
    }

    /// A new project: who starts it (their organisation leads it), the project to save into, and the programme `?programme=` names.
    var newProject: FormRoute<ProjectForm, (user: User, project: Project, programmeID: String?)> {
        FormRoute(
            subject: { req in
                let user = try req.user
                guard user.mayStartForOrganization else { throw Abort(.forbidden) }
                return (user, Project(), req.query[String.self, at: "programme"])
            },
            initial: { FormValues<ProjectForm>([.programmeId: $0.programmeID, .status: Project.Status.planned.rawValue]) },
            page: { req, _, state, context in try await projectForm(req, project: nil, state: state, context) },
            next: { s, context in context.link(.project(s.project.id ?? 0)) },
            save: { req, s, posted in
                let (input, formErrors) = ProjectForm.input(posted.values)
                try await ProjectEditor(database: req.db).save(input, into: s.project, formErrors: formErrors)
                try await ProjectAccess.makeCreatorLead(s.user, of: s.project, on: req.db)
            })
    }

    /// The project's own details; its amounts are shown as the page's language writes them.
    var editProject: FormRoute<ProjectForm, (project: Project, language: Language)> {
        FormRoute(
            subject: { req in
                let (project, context) = try await editable(req); return (project, context.language)
            },
            initial: { ProjectForm.values(of: $0.project, $0.language) },
            page: { req, s, state, context in try await projectForm(req, project: s.project, state: state, context) },
            next: { s, context in context.link(.project(s.project.id ?? 0)) },
            save: { req, s, posted in
                var (input, formErrors) = ProjectForm.input(posted.values)
                input.networkId = s.project.$network.id
                try await ProjectEditor(database: req.db).save(input, into: s.project, formErrors: formErrors)
            })
    }

    // MARK: Parts

    private func editable(_ req: Request) async throws -> (Project, PageContext) {
        let user = try req.user
        let project = try await ProjectAccess.requireEditable(req.intParameter(), by: user, on: req.db)
        return (project, try PageContext(request: req))
    }

    private func implementerForm(
        _ req: Request, _ project: Project, existing: ProjectImplementer? = nil, state: FormState,
        _ context: PageContext
    ) async throws -> FormPage {
        // Editing: the contact can only be one of the implementer's own people.
        let options = try await ProjectLoader.implementerOptions(project, existing: existing, on: req.db)
        return ProjectForms.implementer(
            project, existing: existing, state: state, organizations: options.organizations, people: options.people, context)
    }

    var newImplementer: FormRoute<ImplementerForm, Project> {
        FormRoute(
            subject: { try await editable($0).0 },
            page: { req, project, state, context in try await implementerForm(req, project, state: state, context) },
            next: { project, context in context.link(.project(try project.requireID())) },
            save: { req, project, posted in
                try await ProjectPartsEditor(database: req.db, project: project)
                    .saveImplementer(ImplementerForm.input(posted.values), into: ProjectImplementer())
            })
    }

    /// An implementer's role, contact and budget share — or its removal with the form's "remove" button.
    var editImplementer: FormRoute<ImplementerForm, (project: Project, implementer: ProjectImplementer, language: Language)> {
        FormRoute(
            subject: { req in
                let (project, context) = try await editable(req)
                return (project, try project.implementer(req), context.language)
            },
            initial: { ImplementerForm.values(of: $0.implementer, $0.language) },
            page: { req, s, state, context in try await implementerForm(req, s.project, existing: s.implementer, state: state, context) },
            next: { s, context in context.link(.project(try s.project.requireID())) },
            save: { req, s, posted in
                let editor = ProjectPartsEditor(database: req.db, project: s.project)
                if posted.removing { return try await editor.removeImplementer(s.implementer) }
                try await editor.saveImplementer(ImplementerForm.input(posted.values), into: s.implementer)
            })
    }

    func newWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let next = (project.workPackages.map(\.number).max() ?? 0) + 1
        return ProjectForms.workPackage(project, state: FormValues<WorkPackageForm>([.number: "\(next)"]).state, context).render(context)
    }

    func addWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let posted = try req.content.decode(FormValues<WorkPackageForm>.self)
        let items = try req.content.decode(FormRowValues<WorkItemRows>.self)
        let values = items.adding(rows: WorkItemRows.count(nil), to: posted.state)
        return try await req.submitForm(
            next: context.link(.project(project.requireID())), values: values,
            render: { state, status in
                ProjectForms.workPackage(project, state: state, context).render(context, status: status)
            },
            save: {
                let input = try WorkPackageForm.input(posted, items: items, existing: nil)
                try await ProjectPartsEditor(database: req.db, project: project).saveWorkPackage(input, into: WorkPackage())
            })
    }

    func editWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let workPackage = try project.workPackage(req)
        let state = WorkItemRows.values(of: workPackage).adding(
            rows: WorkItemRows.count(workPackage),
            to: WorkPackageForm.values(of: workPackage).state)
        return ProjectForms.workPackage(project, existing: workPackage, state: state, context).render(context)
    }

    func updateWorkPackage(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let workPackage = try project.workPackage(req)
        let editor = ProjectPartsEditor(database: req.db, project: project)
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        let posted = try req.content.decode(FormValues<WorkPackageForm>.self)
        let items = try req.content.decode(FormRowValues<WorkItemRows>.self)
        let values = items.adding(rows: WorkItemRows.count(workPackage), to: posted.state)
        return try await req.submitForm(
            next: context.link(.project(project.requireID())), values: values,
            render: { state, status in
                ProjectForms.workPackage(project, existing: workPackage, state: state, context).render(context, status: status)
            },
            save: {
                if remove { return try await editor.deleteWorkPackage(workPackage) }
                try await editor.saveWorkPackage(WorkPackageForm.input(posted, items: items, existing: workPackage), into: workPackage)
            })
    }

    var newResult: FormRoute<ResultForm, Project> {
        FormRoute(
            subject: { try await editable($0).0 },
            page: { _, project, state, context in ProjectForms.result(project, state: state, context) },
            next: { project, context in context.link(.project(try project.requireID())) },
            save: { req, project, posted in
                try await ProjectPartsEditor(database: req.db, project: project).saveResult(ResultForm.input(posted.values), into: ProjectResult())
            })
    }

    var editResult: FormRoute<ResultForm, (project: Project, result: ProjectResult)> {
        FormRoute(
            subject: { req in
                let project = try await editable(req).0; return (project, try project.result(req))
            },
            initial: { ResultForm.values(of: $0.result) },
            page: { _, s, state, context in ProjectForms.result(s.project, existing: s.result, state: state, context) },
            next: { s, context in context.link(.project(try s.project.requireID())) },
            save: { req, s, posted in
                let editor = ProjectPartsEditor(database: req.db, project: s.project)
                if posted.removing { return try await editor.deleteResult(s.result) }
                try await editor.saveResult(ResultForm.input(posted.values), into: s.result)
            })
    }

    // MARK: Indicators

    func editTargets(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let indicators = try await ProjectLoader.indicators(of: project, on: req.db)
        let targets = try await ProjectLoader.targets(of: project.requireID(), on: req.db)
        var values = FormRowValues<TargetRows>()
        for (index, indicator) in indicators.enumerated() {
            if let target = targets.first(where: { $0.$indicator.id == indicator.id }) {
                values[index, .value] = FixedPoint.quantity.formatted(target.value, context.language).replacingOccurrences(of: "\u{00A0}", with: "")
            }
        }
        return ProjectForms.targets(project, indicators: indicators, state: values.adding(rows: indicators.count, to: FormState()), context).render(
            context)
    }

    func saveTargets(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let indicators = try await ProjectLoader.indicators(of: project, on: req.db)
        let posted = try req.content.decode(FormRowValues<TargetRows>.self)
        let values = posted.adding(rows: indicators.count, to: FormState())
        return try await req.submitForm(
            next: context.link(.project(project.requireID())), values: values,
            render: { state, status in
                ProjectForms.targets(project, indicators: indicators, state: state, context).render(context, status: status)
            },
            save: {
                try await ProjectPartsEditor(database: req.db, project: project).saveTargets(TargetRows.input(posted, rows: indicators.count))
            })
    }

    /// A new indicator report: the indicators to choose from are the project's programme's.
    var newReport: FormRoute<ReportForm, Project> {
        FormRoute(
            subject: { try await editable($0).0 },
            page: { req, project, state, context in
                ProjectForms.report(project, indicators: try await ProjectLoader.indicators(of: project, on: req.db), state: state, context)
            },
            next: { project, context in context.link(.project(try project.requireID())) },
            save: { req, project, posted in
                let user = try req.user
                _ = try await IndicatorReporting(database: req.db, project: project).create(ReportForm.input(posted.values), by: user)
            })
    }
}

extension ProjectPages {
    private func report(_ req: Request, of project: Project) async throws -> IndicatorReport {
        try await ProjectLoader.report(req.parameters.get("reportId").flatMap(Int.init), of: project.requireID(), on: req.db)
    }

    func editReport(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let existing = try await report(req, of: project)
        let indicators = try await ProjectLoader.indicators(of: existing, on: req.db)
        return ProjectForms.report(
            project, indicators: indicators, existing: existing, version: "\(existing.version)",
            state: ReportForm.values(of: existing).state, context
        ).render(context)
    }

    /// A correction names the version it started from. If someone corrected the report meanwhile, the form comes back
    /// with what this user typed, the other person's change named at the top, and the new version — nothing is overwritten.
    func correctReport(req: Request) async throws -> Response {
        let (project, context) = try await editable(req)
        let user = try req.user
        let existing = try await report(req, of: project)
        let indicators = try await ProjectLoader.indicators(of: existing, on: req.db)
        let posted = try req.content.decode(FormValues<ReportForm>.self)
        let version = try? req.content.get(String.self, at: ReportForm.versionField)
        return try await req.submitForm(
            next: context.link(.project(try project.requireID())), values: posted.state,
            render: { state, status in
                // After a conflict the form goes on from the version the report has now.
                var shown = version
                if status == .conflict, let fresh = try await ProjectLoader.currentReport(existing.id, on: req.db) { shown = "\(fresh.version)" }
                return ProjectForms.report(project, indicators: indicators, existing: existing, version: shown, state: state, context).render(
                    context, status: status)
            },
            save: {
                _ = try await IndicatorReporting(database: req.db, project: project).correct(
                    existing, with: ReportForm.correction(posted, version: version), by: user)
            })
    }
}
