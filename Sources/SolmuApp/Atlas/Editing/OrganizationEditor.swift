import Fluent
import Foundation

/// Checks an organisation's input and writes it, with its competences and search text, in one transaction:
/// either everything is saved or nothing is. Shared by the forms and the API.
struct OrganizationEditor {
    let database: any Database

    struct Checked {
        var name: String
        var type: OrganizationType
        var businessID: BusinessID?
        var municipality: Municipality?
        var website: String?
        var description: LocalizedText
        var competences: [Competence]
        var foundedYear: Int?
        var sector: String?
        var stage: StartupStage?
    }

    func check(_ input: OrganizationInput, excluding existingID: Int? = nil) async throws -> Checked {
        var errors: [String: String] = [:]
        let name = input.name.nonEmpty
        if name == nil { errors["name"] = "field.required" } else if name!.count > 200 { errors["name"] = "field.tooLong" }
        let type = input.type.nonEmpty.flatMap(OrganizationType.init(rawValue:))
        if type == nil { errors["type"] = input.type.nonEmpty == nil ? "field.required" : "organization.type.invalid" }
        var businessID: BusinessID?
        if let raw = input.businessId.nonEmpty {
            businessID = BusinessID(raw)
            if businessID == nil { errors["businessId"] = "organization.businessId.invalid" }
        }
        var municipality: Municipality?
        if let code = input.municipalityCode.nonEmpty {
            municipality = try await Municipality.find(code, on: database)
            if municipality == nil { errors["municipalityCode"] = "organization.municipality.unknown" }
        }
        let website = input.website.nonEmpty.map(Self.normalizeWebsite)
        if let website, website == nil { errors["website"] = "organization.website.invalid" }
        if let year = input.foundedYear, !(1000...2100).contains(year) { errors["foundedYear"] = "organization.foundedYear.invalid" }
        let description = input.description ?? LocalizedText()
        if [description.fi, description.sv, description.en].contains(where: { ($0?.count ?? 0) > 5000 }) {
            errors["description"] = "field.tooLong"
        }
        let sector = input.sector.nonEmpty
        let stage = input.stage.nonEmpty.map { StartupStage(rawValue: $0) }
        if case .some(.none) = stage { errors["stage"] = "organization.stage.invalid" }
        if let type, type != .startup {
            if sector != nil { errors["sector"] = "organization.startupOnly" }
            if case .some(.some) = stage { errors["stage"] = "organization.startupOnly" }
        }
        if (sector?.count ?? 0) > 100 { errors["sector"] = "field.tooLong" }
        let wanted = Array(Set(input.competences ?? []))
        let competences = wanted.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ wanted).all()
        if competences.count != wanted.count { errors["competences"] = "organization.competences.unknown" }

        guard errors.isEmpty, let name, let type else { throw Problem.validation(errors) }

        if let businessID {
            var query = Organization.query(on: database).filter(\.$businessID == businessID.value)
            if let existingID { query = query.filter(\.$id != existingID) }
            if let holder = try await query.first() {
                throw Problem.conflict(
                    detailKey: "organization.businessId.taken", detailValues: ["name": holder.name],
                    fieldErrors: ["businessId": "organization.businessId.takenField"])
            }
        }
        return Checked(
            name: name, type: type, businessID: businessID, municipality: municipality,
            website: website ?? nil, description: description, competences: competences,
            foundedYear: input.foundedYear, sector: sector, stage: stage ?? nil)
    }

    /// Saves into `organization` (new or existing) and replaces its competences.
    func save(_ checked: Checked, into organization: Organization) async throws {
        organization.name = checked.name
        organization.type = checked.type
        organization.businessID = checked.businessID?.value
        organization.$municipality.id = checked.municipality?.id
        organization.website = checked.website
        organization.description = checked.description
        organization.foundedYear = checked.foundedYear
        organization.sector = checked.sector
        organization.stage = checked.stage
        organization.sortName = checked.name.lowercased()
        organization.searchText = Self.searchText(checked)
        try await database.writeTransaction { db in
            try await organization.save(on: db)
            let id = try organization.requireID()
            try await db.replaceLinks(
                OrganizationCompetence.query(on: db).filter(\.$organization.$id == id),
                with: checked.competences.map { OrganizationCompetence(organization: id, competence: $0.id ?? "") })
        }
    }

    /// Removes the organisation with its competence links; its people stay, without an organisation.
    func delete(_ organization: Organization) async throws {
        try await database.writeTransaction { db in
            try await OrganizationCompetence.query(on: db).filter(\.$organization.$id == organization.requireID()).delete()
            try await Person.query(on: db).filter(\.$organization.$id == organization.requireID()).set(\.$organization.$id, to: nil).update()
            try await organization.delete(on: db)
        }
    }

    /// What the full-text index reads: names, descriptions and competences in every language, place and business ID.
    static func searchText(_ checked: Checked) -> String {
        var parts = [checked.name, checked.businessID?.value, checked.description.fi, checked.description.sv, checked.description.en]
        parts += checked.competences.flatMap { [$0.nameFi, $0.nameSv, $0.nameEn] }
        if let m = checked.municipality { parts += [m.nameFi, m.nameSv] }
        return SearchFolding.fold(parts.compactMap { $0 }.joined(separator: " "))
    }

    /// `example.fi` → `https://example.fi`; nil when it is not a web address.
    static func normalizeWebsite(_ raw: String) -> String? {
        let candidate = raw.contains("://") ? raw : "https://" + raw
        guard let url = URL(string: candidate), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".")
        else { return nil }
        return candidate
    }
}
