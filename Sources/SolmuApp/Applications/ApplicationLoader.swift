import Fluent
import SQLKit
import Vapor

/// Loads applications with their call, consortium, work packages and targets.
enum ApplicationLoader {
    static func query(_ database: any Database) -> QueryBuilder<FundingApplication> {
        FundingApplication.query(on: database)
            .with(\.$call) { call in
                call.with(\.$programme) { $0.with(\.$memberCities) { $0.with(\.$organization) }.with(\.$indicators) }
                    .with(\.$criteria).with(\.$instruments).with(\.$themes)
            }
            .with(\.$partners) { $0.with(\.$organization).with(\.$contactPerson) }
            .with(\.$workPackages)
            .with(\.$targets)
    }

    /// The application, or 404.
    static func require(_ id: Int, on database: any Database) async throws -> FundingApplication {
        guard let application = try await query(database).filter(\.$id == id).first() else { throw Problem.notFound() }
        return application
    }

    /// A call's applications with their consortia, work packages and targets, for the pipeline: the same shape as `query`,
    /// but children and their organisations are matched through dictionaries. (Fluent's eager loading matches every child
    /// against every parent: the pipeline of a thousand applications took 2.1 s with it, 0.56 s with children grouped.)
    /// `states` narrows to those states; `page` to a slice (in id order).
    static func ofCall(
        _ callID: Int, excluding excluded: ApplicationState? = nil, only state: ApplicationState? = nil,
        states: Set<ApplicationState>? = nil, page: Paging? = nil, on database: any Database
    ) async throws -> [FundingApplication] {
        let found = try await Call.query(on: database).filter(\.$id == callID)
            .with(\.$programme) { $0.with(\.$memberCities) { $0.with(\.$organization) }.with(\.$indicators) }
            .with(\.$criteria).with(\.$instruments).with(\.$themes).first()
        guard let call = found else { throw Problem.notFound() }
        var query = FundingApplication.query(on: database).filter(\.$call.$id == callID)
        if let excluded { query = query.filter(\.$state != excluded) }
        if let state { query = query.filter(\.$state == state) }
        if let states { query = query.filter(\.$state ~~ Array(states)) }
        if let page { query = query.range(page.offset..<(page.offset + page.limit)) }
        let applications = try await query.sort(\.$id).all()
        let ids = applications.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let allPartners = try await ApplicationPartner.query(on: database).filter(\.$application.$id ~~ ids).all()
        let organizations = try await names(of: Array(Set(allPartners.map(\.$organization.id))), on: database)
        let contactIDs = Array(Set(allPartners.compactMap(\.$contactPerson.id)))
        let contacts =
            contactIDs.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await Person.query(on: database)
                    .filter(\.$id ~~ contactIDs).all().map { ($0.id ?? 0, $0) })
        for partner in allPartners {
            partner.$organization.value = organizations[partner.$organization.id]
            partner.$contactPerson.value = .some(partner.$contactPerson.id.flatMap { contacts[$0] })
        }
        let partners = Dictionary(grouping: allPartners, by: \.$application.id)
        let workPackages = Dictionary(
            grouping: try await ApplicationWorkPackage.query(on: database).filter(\.$application.$id ~~ ids).all(), by: \.$application.id)
        let targets = Dictionary(
            grouping: try await ApplicationTarget.query(on: database).filter(\.$application.$id ~~ ids).all(), by: \.$application.id)
        for application in applications {
            let id = application.id ?? 0
            application.$call.value = call
            application.$partners.value = partners[id] ?? []
            application.$workPackages.value = workPackages[id] ?? []
            application.$targets.value = targets[id] ?? []
        }
        return applications
    }

    /// Organisations with only what a pipeline shows of them (name, municipality): a whole organisation row is wide,
    /// and decoding three thousand of them through Fluent took a fifth of the pipeline's time.
    private static func names(of ids: [Int], on database: any Database) async throws -> [Int: Organization] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable { var id: Int; var name: String; var municipality_code: String? }
        let sql = database.sql
        let rows = try await sql.select().columns("id", "name", "municipality_code").from(Organization.schema)
            .where("id", .in, ids).all(decoding: Row.self)
        return Dictionary(
            uniqueKeysWithValues: rows.map { row in
                let organization = Organization()
                organization.id = row.id
                organization.name = row.name
                organization.$municipality.id = row.municipality_code
                return (row.id, organization)
            })
    }

    /// How many of the call's applications are in each state, counted by the database.
    static func counts(ofCall callID: Int, on database: any Database) async throws -> [ApplicationState: Int] {
        struct Row: Decodable { var state: String; var count: Int }
        let rows = try await database.sql.raw(
            """
            SELECT state, COUNT(*) AS count FROM applications WHERE call_id = \(bind: callID) GROUP BY state
            """
        ).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in ApplicationState(rawValue: row.state).map { ($0, row.count) } })
    }

    static func events(_ application: FundingApplication, on database: any Database) async throws -> [ApplicationEvent] {
        try await ApplicationEvent.query(on: database).filter(\.$application.$id == application.requireID()).sort(\.$sequence).all()
    }

    /// The applications `user` is of the consortium of (started them, or is a partner's contact person), newest first,
    /// each loaded as `query` loads it; `call` narrows to one call. "My applications" and the API's list alike.
    static func mine(of user: User, call: Int? = nil, on database: any Database) async throws -> [FundingApplication] {
        var ids = Set(try await FundingApplication.query(on: database).filter(\.$createdBy.$id == user.requireID()).all().compactMap(\.id))
        if let person = user.$person.id {
            ids.formUnion(try await ApplicationPartner.query(on: database).filter(\.$contactPerson.$id == person).all().map(\.$application.id))
        }
        guard !ids.isEmpty else { return [] }
        var query = query(database).filter(\.$id ~~ Array(ids))
        if let call { query = query.filter(\.$call.$id == call) }
        return try await query.sort(\.$id, .descending).all()
    }

    /// The organisations `user` may apply for, as a form's options: the one they act for (admins: any).
    static func leadChoices(for user: User, on database: any Database) async throws -> [(value: String, label: String)] {
        if user.isAdmin { return try await AtlasOptions.organizations(database) }
        guard let id = user.$organization.id, let organization = try await Organization.find(id, on: database) else { return [] }
        return [(value: "\(id)", label: organization.name)]
    }

    /// The meetings a proposal (the steering group's) or a decision (the management group's) on the application can be
    /// recorded in, newest first, as a form's options; none for other steps. Needs the application's call loaded.
    static func meetingChoices(
        for application: FundingApplication, action: ApplicationAction, language: Language,
        on database: any Database
    ) async throws -> [(value: String, label: String)] {
        guard action == .propose || action == .decide else { return [] }
        let kind: GoverningBody.Kind = action == .propose ? .steeringGroup : .managementGroup
        let bodies = try await GoverningBody.query(on: database).filter(\.$programme.$id == application.call.$programme.id).filter(\.$kind == kind)
            .all()
        guard !bodies.isEmpty else { return [] }
        return try await Meeting.query(on: database).filter(\.$body.$id ~~ bodies.compactMap(\.id)).sort(\.$startsAt, .descending).with(\.$body).all()
            .map {
                (value: "\($0.id ?? 0)", label: "\($0.body.name.display(language)) \(Formatting.dateTime($0.startsAt, language))")
            }
    }
}

extension FundingApplication {
    /// The consortium's partner named by the path parameter `partnerId`, or 404. Needs partners loaded.
    func partner(_ req: Request) throws -> ApplicationPartner {
        guard let id = req.parameters.get("partnerId").flatMap(Int.init), let found = partners.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }

    /// The planned work package named by `workPackageId`, or 404. Needs work packages loaded.
    func workPackage(_ req: Request) throws -> ApplicationWorkPackage {
        guard let id = req.parameters.get("workPackageId").flatMap(Int.init), let found = workPackages.first(where: { $0.id == id }) else {
            throw Problem.notFound()
        }
        return found
    }
}
