import Fluent
import SQLKit

/// Finds the suggested partners of an ecosystem in the database: the database ranks all candidates of each wanted
/// competence the same way `PartnerMatching` does and returns the first few; `PartnerMatching` then words the reasons.
struct PartnerSuggestions {
    let database: any Database
    var perCompetence = 10

    struct Item {
        var suggestion: PartnerMatching.Suggestion
        var status: EcosystemSuggestion.Status?
    }

    /// Needs the ecosystem loaded with `EcosystemLoader`.
    func items(for ecosystem: Ecosystem, picture: SituationalPicture) async throws -> [Item] {
        let sql = database.sql
        let codes = ecosystem.municipalities.compactMap(\.id)
        let linked = ecosystem.linkedActors.compactMap(\.id)
        let regions = Array(Set(ecosystem.municipalities.map(\.$region.id)))
        let networks = picture.networks.map(\.networkId)
        var ids = Set<Int>()
        for competence in ecosystem.wantedCompetences.compactMap(\.id) {
            var query: SQLQueryString = """
                SELECT o.id AS id FROM organizations o
                JOIN organization_competences oc ON oc.organization_id = o.id AND oc.competence_id = \(bind: competence)
                LEFT JOIN municipalities m ON m.code = o.municipality_code WHERE 1 = 1
                """
            if !codes.isEmpty { query += " AND (o.municipality_code IS NULL OR o.municipality_code NOT IN (\(binds: codes)))" }
            if !linked.isEmpty { query += " AND o.id NOT IN (\(binds: linked))" }
            query.appendLiteral(
                " ORDER BY CASE WHEN o.type IN ('university', 'universityOfAppliedSciences', 'researchInstitute') THEN 0 WHEN o.type IN ('company', 'startup') THEN 1 ELSE 2 END"
            )
            if !networks.isEmpty {
                query +=
                    ", CASE WHEN EXISTS (SELECT 1 FROM network_members nm WHERE nm.organization_id = o.id AND nm.network_id IN (\(binds: networks))) THEN 0 ELSE 1 END"
            }
            if !regions.isEmpty { query += ", CASE WHEN m.region_code IN (\(binds: regions)) THEN 0 ELSE 1 END" }
            query += " , o.sort_name, o.id LIMIT \(bind: perCompetence)"
            ids.formUnion(try await sql.raw(query).all().map { try $0.decode(column: "id", as: Int.self) })
        }
        guard !ids.isEmpty else { return [] }
        let organizations = try await OrganizationLoader.load(Array(ids), on: database)
        let memberships = try await NetworkMember.query(on: database).filter(\.$organization.$id ~~ Array(ids)).all()
        let candidates = organizations.map { organization in
            PartnerMatching.Candidate(
                id: organization.id ?? 0, name: organization.name, type: organization.type,
                regionCode: organization.municipality?.$region.id,
                competences: Set(organization.competences.compactMap(\.id)),
                networks: Set(memberships.filter { $0.$organization.id == organization.id }.map(\.$network.id)))
        }
        let actorNetworks = Dictionary(uniqueKeysWithValues: picture.networks.map { ($0.networkId, $0.actors) })
        let suggestions = PartnerMatching.suggest(
            wanted: ecosystem.wantedCompetences.compactMap(\.id).sorted(), candidates: candidates,
            actorIDs: Set(picture.actorIDs), actorNetworks: actorNetworks, regions: Set(regions),
            perCompetence: perCompetence)
        let statuses = try await EcosystemSuggestion.query(on: database).filter(\.$ecosystem.$id == ecosystem.requireID()).all()
        return suggestions.map { suggestion in
            Item(
                suggestion: suggestion,
                status: statuses.first {
                    $0.$organization.id == suggestion.candidate.id && $0.competenceID == suggestion.competence
                }?.status)
        }
    }

    /// Records what the coordinator did about a suggestion; "joined" makes the organisation one of the ecosystem's actors.
    func mark(ecosystem: Ecosystem, organizationID: Int, competence: String, status: EcosystemSuggestion.Status) async throws {
        let ecosystemID = try ecosystem.requireID()
        guard try await Organization.find(organizationID, on: database) != nil else {
            throw Problem.validation(["organizationId": "person.organization.unknown"])
        }
        guard ecosystem.wantedCompetences.contains(where: { $0.id == competence }) else {
            throw Problem.validation(["competence": "suggestion.competence.notWanted"])
        }
        try await database.writeTransaction { db in
            let existing = try await EcosystemSuggestion.query(on: db).filter(\.$ecosystem.$id == ecosystemID)
                .filter(\.$organization.$id == organizationID).filter(\.$competenceID == competence).first()
            let record = existing ?? EcosystemSuggestion()
            record.$ecosystem.id = ecosystemID
            record.$organization.id = organizationID
            record.competenceID = competence
            record.status = status
            try await record.save(on: db)
            if status == .joined,
                try await EcosystemActor.query(on: db).filter(\.$ecosystem.$id == ecosystemID)
                    .filter(\.$organization.$id == organizationID).first() == nil
            {
                try await EcosystemActor(ecosystem: ecosystemID, organization: organizationID).create(on: db)
            }
        }
    }
}

extension PartnerMatching.Reason {
    /// The reason in words, in the page's language.
    func text(_ language: Language, competences: [String: Competence], networks: [Int: String], regions: [String: Region]) -> String {
        switch self {
        case .hasCompetence(let id):
            language.t("reason.hasCompetence", ["competence": competences[id]?.name(language) ?? id])
        case .knowledgeOrganization(let type):
            language.t("reason.knowledgeOrganization", ["type": language.t(type.labelKey)])
        case .company(let type):
            language.t("reason.company", ["type": language.t(type.labelKey)])
        case .sharedNetwork(let id, let actors):
            language.t("reason.sharedNetwork", ["network": networks[id] ?? "#\(id)", "count": "\(actors)"])
        case .sameRegion(let code):
            language.t("reason.sameRegion", ["region": regions[code]?.name(language) ?? code])
        }
    }
}
