import Fluent
import Foundation

/// Checks and saves networks and their memberships, each in one transaction; shared by the forms and the API.
struct NetworkEditor {
    let database: any Database

    /// The period fields checked together: each a partial ISO date, the end not before the start.
    static func checkPeriod(startsOn: String?, endsOn: String?, into errors: inout [String: String]) -> (String?, String?) {
        let start = startsOn.nonEmpty.map { PartialDate($0) }
        let end = endsOn.nonEmpty.map { PartialDate($0) }
        if case .some(.none) = start { errors["startsOn"] = "date.invalid" }
        if case .some(.none) = end { errors["endsOn"] = "date.invalid" }
        if let s = start ?? nil, let e = end ?? nil, PartialDate.endsBeforeStart(start: s, end: e) { errors["endsOn"] = "date.endBeforeStart" }
        return ((start ?? nil)?.text, (end ?? nil)?.text)
    }

    func save(_ input: NetworkInput, into network: Network) async throws {
        var errors: [String: String] = [:]
        let name = input.name.nonEmpty
        if name == nil { errors["name"] = "field.required" } else if name!.count > 200 { errors["name"] = "field.tooLong" }
        let kind = input.kind.nonEmpty.flatMap(Network.Kind.init(rawValue:))
        if kind == nil { errors["kind"] = input.kind.nonEmpty == nil ? "field.required" : "network.kind.invalid" }
        let (startsOn, endsOn) = Self.checkPeriod(startsOn: input.startsOn, endsOn: input.endsOn, into: &errors)
        let website = input.website.nonEmpty.map(OrganizationEditor.normalizeWebsite)
        if let website, website == nil { errors["website"] = "organization.website.invalid" }
        let themeIDs = Array(Set(input.themes ?? []))
        let themes = themeIDs.isEmpty ? [] : try await Competence.query(on: database).filter(\.$id ~~ themeIDs).all()
        if themes.count != themeIDs.count { errors["themes"] = "organization.competences.unknown" }
        let codes = Array(Set(input.localities ?? []))
        let localities = codes.isEmpty ? [] : try await Municipality.query(on: database).filter(\.$id ~~ codes).all()
        if localities.count != codes.count { errors["localities"] = "organization.municipality.unknown" }
        if let name {
            var same = Network.query(on: database).filter(\.$name == name)
            if let id = network.id { same = same.filter(\.$id != id) }
            if try await same.first() != nil { errors["name"] = "network.name.taken" }
        }
        guard errors.isEmpty, let name, let kind else { throw Problem.validation(errors) }

        network.name = name
        network.kind = kind
        network.purpose = input.purpose ?? LocalizedText()
        network.funding = input.funding ?? LocalizedText()
        network.startsOn = startsOn
        network.endsOn = endsOn
        network.website = website ?? nil
        try await database.writeTransaction { db in
            try await network.save(on: db)
            let id = try network.requireID()
            try await db.replaceLinks(
                NetworkTheme.query(on: db).filter(\.$network.$id == id),
                with: themes.map { NetworkTheme(network: id, competence: $0.id ?? "") })
            try await db.replaceLinks(
                NetworkLocality.query(on: db).filter(\.$network.$id == id),
                with: localities.map { NetworkLocality(network: id, municipality: $0.id ?? "") })
        }
    }

    /// Removes the network with its memberships, themes and localities.
    func delete(_ network: Network) async throws {
        let id = try network.requireID()
        try await database.writeTransaction { db in
            try await NetworkMember.query(on: db).filter(\.$network.$id == id).delete()
            try await NetworkTheme.query(on: db).filter(\.$network.$id == id).delete()
            try await NetworkLocality.query(on: db).filter(\.$network.$id == id).delete()
            try await network.delete(on: db)
        }
    }

    /// Ends a membership.
    func removeMember(_ member: NetworkMember) async throws {
        try await member.delete(on: database)
    }

    /// Adds or changes a membership. The organisation is given when adding; a second membership of the
    /// same organisation in the same network is refused by name.
    func saveMember(_ input: MemberInput, networkID: Int, into member: NetworkMember) async throws {
        var errors: [String: String] = [:]
        let organizationID = member.id == nil ? input.organizationId : member.$organization.id
        if let organizationID {
            if try await Organization.find(organizationID, on: database) == nil {
                errors["organizationId"] = "person.organization.unknown"
            } else if member.id == nil,
                try await NetworkMember.query(on: database)
                    .filter(\.$network.$id == networkID).filter(\.$organization.$id == organizationID).first() != nil
            {
                errors["organizationId"] = "network.member.duplicate"
            }
        } else {
            errors["organizationId"] = "field.required"
        }
        let role = input.role.nonEmpty.flatMap(NetworkMember.Role.init(rawValue:))
        if role == nil { errors["role"] = input.role.nonEmpty == nil ? "field.required" : "network.role.invalid" }
        if let personID = input.contactPersonId {
            let person = try await Person.find(personID, on: database)
            if person == nil {
                errors["contactPersonId"] = "network.contact.unknown"
            } else if person?.$organization.id != organizationID {
                errors["contactPersonId"] = "network.contact.otherOrganization"
            }
        }
        let (startsOn, endsOn) = Self.checkPeriod(startsOn: input.startsOn, endsOn: input.endsOn, into: &errors)
        guard errors.isEmpty, let role, let organizationID else { throw Problem.validation(errors) }
        member.$network.id = networkID
        member.$organization.id = organizationID
        member.role = role
        member.$contactPerson.id = input.contactPersonId
        member.startsOn = startsOn
        member.endsOn = endsOn
        do {
            try await member.save(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two requests adding the same member at once: the database's unique index decides.
            throw Problem.validation(["organizationId": "network.member.duplicate"])
        }
    }
}
