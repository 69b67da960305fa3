import Vapor

/// A project as the list shows it.
struct ProjectSummaryDTO: Content {
    var id: Int
    var code: String?
    var name: LocalizedText
    var programmeId: Int?
    var instrumentId: Int?
    var networkId: Int?
    var status: Project.Status
    var spearhead: Bool
    var startsOn: String?
    var endsOn: String?
    var totalCents: Int64?
    var euCents: Int64?
    var nationalCents: Int64?
    var ownCents: Int64?
    var themes: [String]
    var targetGroups: [TargetGroup]
    var website: String?
}

/// A project with everything in it, and the programme's rule checked against its implementers.
struct ProjectDTO: Content {
    struct Eligibility: Content {
        var minimumMemberCities: Int
        var memberCities: Int
        var citiesCovered: [String]
        var passes: Bool
    }

    var project: ProjectSummaryDTO
    var implementers: [ImplementerDTO]
    var workPackages: [WorkPackageDTO]
    var results: [ResultDTO]
    var eligibility: Eligibility?
}

struct ImplementerDTO: Content {
    var id: Int
    var projectId: Int
    var organizationId: Int
    var organizationName: String
    var municipalityCode: String?
    var role: ProjectImplementer.Role
    var contactPersonId: Int?
    var budgetCents: Int64?
}

struct WorkPackageDTO: Content {
    struct Item: Content {
        var id: Int
        var kind: WorkPackageItem.Kind
        var title: String
        var dueOn: String?
        var status: WorkPackageItem.Status
    }

    var id: Int
    var projectId: Int
    var number: Int
    var title: LocalizedText
    var description: LocalizedText
    var responsibleId: Int?
    var responsibleName: String?
    var items: [Item]
}

struct ResultDTO: Content {
    var id: Int
    var projectId: Int
    var kind: ProjectResult.Kind
    var title: String
    var description: String?
    var url: String?
}

struct TargetDTO: Content {
    var indicatorId: Int
    var value: String
}

struct ReportDTO: Content {
    var id: Int
    var projectId: Int
    var indicatorId: Int
    var periodStart: String
    var periodEnd: String
    var value: String
    var note: String?
    /// Shown to signed-in users only.
    var reportedBy: String?
    var reportedAt: Date
    var version: Int
}

extension Project {
    /// Needs themes loaded.
    func toSummaryDTO() throws -> ProjectSummaryDTO {
        ProjectSummaryDTO(
            id: try requireID(), code: code, name: name, programmeId: $programme.id, instrumentId: $instrument.id, networkId: $network.id,
            status: status, spearhead: spearhead, startsOn: startsOn, endsOn: endsOn, totalCents: totalCents, euCents: euCents,
            nationalCents: nationalCents, ownCents: ownCents, themes: themes.compactMap(\.id).sorted(),
            targetGroups: targetGroups, website: website)
    }

    /// Needs everything `ProjectLoader.query` loads; `programme` with its member cities for the rule.
    func toDTO(programme: Programme?) throws -> ProjectDTO {
        let check = programme.map { EligibilityCheck(programme: $0, implementers: implementers) }
        return ProjectDTO(
            project: try toSummaryDTO(), implementers: try sortedImplementers.map { try $0.toDTO() },
            workPackages: try sortedWorkPackages.map { try $0.toDTO() }, results: try results.map { try $0.toDTO() },
            eligibility: check.flatMap { check in
                check.minimum.map {
                    .init(minimumMemberCities: $0, memberCities: check.memberCount, citiesCovered: check.citiesCovered, passes: check.passes)
                }
            })
    }

    static let csvHeader = [
        "id", "code", "name_fi", "name_sv", "name_en", "programme_id", "instrument_id", "status", "spearhead",
        "starts_on", "ends_on", "total_eur", "eu_eur", "national_eur", "own_eur", "themes", "target_groups", "website",
    ]

    func csvRow() throws -> [String?] {
        let euros = { (cents: Int64?) in cents.map(FixedPoint.money.plain) }
        return [
            "\(try requireID())", code, nameFi, nameSv, nameEn, $programme.id.map(String.init), $instrument.id.map(String.init), status.rawValue,
            spearhead ? "true" : "false", startsOn, endsOn, euros(totalCents), euros(euCents), euros(nationalCents), euros(ownCents),
            themes.compactMap(\.id).sorted().joined(separator: ";"), targetGroups.map(\.rawValue).joined(separator: ";"), website,
        ]
    }
}

extension ProjectImplementer {
    /// Needs `organization` loaded.
    func toDTO() throws -> ImplementerDTO {
        ImplementerDTO(
            id: try requireID(), projectId: $project.id, organizationId: $organization.id, organizationName: organization.name,
            municipalityCode: organization.$municipality.id, role: role, contactPersonId: $contactPerson.id, budgetCents: budgetCents)
    }

    static let csvHeader = [
        "id", "project_id", "organization_id", "organization_name", "municipality_code", "role", "contact_person_id", "budget_eur",
    ]

    func csvRow() throws -> [String?] {
        let dto = try toDTO()
        return [
            "\(dto.id)", "\(dto.projectId)", "\(dto.organizationId)", dto.organizationName, dto.municipalityCode, dto.role.rawValue,
            dto.contactPersonId.map(String.init), dto.budgetCents.map(FixedPoint.money.plain),
        ]
    }
}

extension WorkPackage {
    /// Needs items and the responsible organisation loaded.
    func toDTO() throws -> WorkPackageDTO {
        WorkPackageDTO(
            id: try requireID(), projectId: $project.id, number: number, title: title, description: summary, responsibleId: $responsible.id,
            responsibleName: responsible?.name,
            items: try sortedItems.map { .init(id: try $0.requireID(), kind: $0.kind, title: $0.title, dueOn: $0.dueOn, status: $0.status) })
    }

    static let csvHeader = ["id", "project_id", "number", "title_fi", "title_sv", "title_en", "responsible", "tasks", "deliverables"]

    func csvRow() throws -> [String?] {
        [
            "\(try requireID())", "\($project.id)", "\(number)", titleFi, titleSv, titleEn, responsible?.name,
            "\(items.filter { $0.kind == .task }.count)", "\(items.filter { $0.kind == .deliverable }.count)",
        ]
    }
}

extension ProjectResult {
    func toDTO() throws -> ResultDTO {
        ResultDTO(id: try requireID(), projectId: $project.id, kind: kind, title: title, description: summary, url: url)
    }

    static let csvHeader = ["id", "project_id", "kind", "title", "description", "url"]

    func csvRow() throws -> [String?] {
        ["\(try requireID())", "\($project.id)", kind.rawValue, title, summary, url]
    }
}

extension IndicatorReport {
    func toDTO(showReporter: Bool) throws -> ReportDTO {
        ReportDTO(
            id: try requireID(), projectId: $project.id, indicatorId: $indicator.id, periodStart: periodStart, periodEnd: periodEnd,
            value: FixedPoint.quantity.plain(value), note: note, reportedBy: showReporter ? reportedByName : nil, reportedAt: reportedAt,
            version: version)
    }

    static let csvHeader = [
        "id", "project_id", "indicator_id", "period_start", "period_end", "value", "note", "reported_by", "reported_at", "version",
    ]

    func csvRow(showReporter: Bool) throws -> [String?] {
        let dto = try toDTO(showReporter: showReporter)
        return [
            "\(dto.id)", "\(dto.projectId)", "\(dto.indicatorId)", dto.periodStart, dto.periodEnd, dto.value, dto.note, dto.reportedBy,
            ISO8601DateFormatter().string(from: dto.reportedAt), "\(dto.version)",
        ]
    }
}
