import Fluent
import Vapor

/// Loads projects with what their pages and API answers show.
enum ProjectLoader {
    static func query(_ database: any Database) -> QueryBuilder<Project> {
        Project.query(on: database)
            .with(\.$themes)
            .with(\.$programme)
            .with(\.$instrument)
            .with(\.$network)
            .with(\.$implementers) { implementer in
                implementer.with(\.$organization) { $0.with(\.$municipality) }.with(\.$contactPerson)
            }
            .with(\.$workPackages) { $0.with(\.$items).with(\.$responsible) }
            .with(\.$results)
    }

    static func find(_ id: Int, on database: any Database) async throws -> Project? {
        try await query(database).filter(\.$id == id).first()
    }

    /// The project, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> Project {
        guard let project = try await find(id, on: database) else { throw Problem.notFound() }
        return project
    }

    /// A project's implementers with their organisations, for the eligibility check.
    static func implementers(of projectID: Int, on database: any Database) async throws -> [ProjectImplementer] {
        try await ProjectImplementer.query(on: database).filter(\.$project.$id == projectID).with(\.$organization).all()
    }

    /// The project's programme with its catalogue (`ProgrammeLoader`), when it has one.
    static func programme(of project: Project, on database: any Database) async throws -> Programme? {
        guard let programmeID = project.$programme.id else { return nil }
        return try await ProgrammeLoader.find(programmeID, on: database)
    }

    /// A programme's spearhead projects, by Finnish name.
    static func spearheads(ofProgramme programmeID: Int, on database: any Database) async throws -> [Project] {
        try await Project.query(on: database).filter(\.$programme.$id == programmeID).filter(\.$spearhead == true).sort(\.$nameFi).all()
    }

    // MARK: Indicators

    /// The indicator catalogue of the project's programme, by code (none without a programme).
    static func indicators(of project: Project, on database: any Database) async throws -> [Indicator] {
        guard let programmeID = project.$programme.id else { return [] }
        return try await Indicator.query(on: database).filter(\.$programme.$id == programmeID).sort(\.$code).all()
    }

    /// The indicator a report is for (as a list: empty if it is gone).
    static func indicators(of report: IndicatorReport, on database: any Database) async throws -> [Indicator] {
        try await Indicator.query(on: database).filter(\.$id == report.$indicator.id).all()
    }

    /// The project's targets, by indicator.
    static func targets(of projectID: Int, on database: any Database) async throws -> [IndicatorTarget] {
        try await IndicatorTarget.query(on: database).filter(\.$project.$id == projectID).sort(\.$indicator.$id).all()
    }

    /// The project's reports, by indicator and period.
    static func reports(of projectID: Int, on database: any Database) async throws -> [IndicatorReport] {
        try await IndicatorReport.query(on: database).filter(\.$project.$id == projectID).sort(\.$indicator.$id).sort(\.$periodStart).all()
    }

    /// The project's report with this id, or 404 (also for another project's report).
    static func report(_ id: Int?, of projectID: Int, on database: any Database) async throws -> IndicatorReport {
        guard let id, let report = try await IndicatorReport.query(on: database).filter(\.$id == id).filter(\.$project.$id == projectID).first()
        else { throw Problem.notFound() }
        return report
    }

    /// A report as it is now (after someone else corrected it), if it still exists.
    static func currentReport(_ id: Int?, on database: any Database) async throws -> IndicatorReport? {
        try await IndicatorReport.find(id, on: database)
    }

    // MARK: Parts

    /// A work package with its tasks and responsible organisation (as the API answers after a save), or 404.
    static func workPackage(_ id: Int, on database: any Database) async throws -> WorkPackage {
        guard let saved = try await WorkPackage.query(on: database).filter(\.$id == id).with(\.$items).with(\.$responsible).first() else {
            throw Problem.notFound()
        }
        return saved
    }

    /// Reads an implementer's organisation after a save (the API answers with its name).
    static func loadOrganization(of implementer: ProjectImplementer, on database: any Database) async throws {
        try await implementer.$organization.load(on: database)
    }

    // MARK: Forms' choices

    /// The project form's choices: programmes by name, their funding instruments ("Programme: Instrument", by code within a
    /// programme) and the shared themes, labelled in `language`.
    static func formOptions(_ language: Language, on database: any Database) async throws
        -> (programmes: FormFields.Options, instruments: FormFields.Options, themes: FormFields.Options)
    {
        let programmes = try await Programme.query(on: database).sort(\.$name).with(\.$instruments).all()
        let instruments = programmes.flatMap { programme in
            programme.instruments.sorted { $0.code < $1.code }.map {
                (value: "\($0.id ?? 0)", label: "\(programme.name): \($0.name.display(language))")
            }
        }
        let themes = try await AtlasOptions.load(database, language).competences
        return (programmes.map { (value: "\($0.id ?? 0)", label: $0.name) }, instruments, themes)
    }

    /// The implementer form's choices: organisations not yet implementing the project (only when adding one), and the
    /// people who may be its contact (when editing, only the implementer's own people).
    static func implementerOptions(_ project: Project, existing: ProjectImplementer?, on database: any Database) async throws
        -> (organizations: FormFields.Options, people: FormFields.Options)
    {
        let organizations =
            existing != nil ? [] : try await AtlasOptions.organizations(database, except: Set(project.implementers.map(\.$organization.id)))
        let people = try await AtlasOptions.people(database, of: existing?.$organization.id)
        return (organizations, people)
    }
}

extension Project {
    /// Implementers in the order a project page lists them: lead first, then by name.
    var sortedImplementers: [ProjectImplementer] {
        let order = Dictionary(uniqueKeysWithValues: ProjectImplementer.Role.allCases.enumerated().map { ($1, $0) })
        return implementers.sorted { (order[$0.role] ?? 9, $0.organization.sortName) < (order[$1.role] ?? 9, $1.organization.sortName) }
    }

    var sortedWorkPackages: [WorkPackage] { workPackages.sorted { $0.number < $1.number } }

    func implementer(_ req: Request) throws -> ProjectImplementer {
        guard let id = req.parameters.get("implementerId").flatMap(Int.init), let found = implementers.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    func workPackage(_ req: Request) throws -> WorkPackage {
        guard let id = req.parameters.get("workPackageId").flatMap(Int.init), let found = workPackages.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    func result(_ req: Request) throws -> ProjectResult {
        guard let id = req.parameters.get("resultId").flatMap(Int.init), let found = results.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }
}
