import Fluent
import Vapor

/// Checks and writes what is said about a platform: a name, a kind, and links that must point at things that exist.
struct PlatformEditor {
    let database: any Database

    /// Field → translation key for what is wrong with `details`.
    func problems(_ details: PlatformDetails) async throws -> [String: String] {
        var errors: [String: String] = [:]
        let name = details.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if name.isEmpty { errors["name"] = "field.required" } else if name.count > 200 { errors["name"] = "text.tooLong" }
        if details.kind == nil { errors["kind"] = "field.required" }
        if (details.ownerName?.count ?? 0) > 200 { errors["ownerName"] = "text.tooLong" }
        if let code = details.municipalityCode.nonEmpty, try await Municipality.find(code, on: database) == nil {
            errors["municipalityCode"] = "municipality.unknown"
        }
        if let id = details.organizationId, try await Organization.find(id, on: database) == nil { errors["organizationId"] = "organization.unknown" }
        if let id = details.ecosystemId, try await Ecosystem.find(id, on: database) == nil { errors["ecosystemId"] = "ecosystem.unknown" }
        if let id = details.networkId, try await Network.find(id, on: database) == nil { errors["networkId"] = "network.unknown" }
        return errors
    }

    /// Copies checked `details` onto `platform` (not saved).
    func apply(_ details: PlatformDetails, to platform: Platform) {
        platform.name = details.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        platform.kind = details.kind ?? .other
        platform.ownerName = details.ownerName.nonEmpty?.trimmingCharacters(in: .whitespacesAndNewlines)
        platform.$municipality.id = details.municipalityCode.nonEmpty
        platform.$organization.id = details.organizationId
        platform.$ecosystem.id = details.ecosystemId
        platform.$network.id = details.networkId
    }

    /// Saves an owner's edit of their platform; 422 with every field's problem.
    func save(_ details: PlatformDetails, into platform: Platform) async throws {
        let errors = try await problems(details)
        guard errors.isEmpty else { throw Problem.validation(errors) }
        apply(details, to: platform)
        try await platform.save(on: database)
    }
}

extension Platform {
    var details: PlatformDetails {
        PlatformDetails(
            name: name, kind: kind, ownerName: ownerName, municipalityCode: $municipality.id, organizationId: $organization.id,
            ecosystemId: $ecosystem.id, networkId: $network.id)
    }
}
