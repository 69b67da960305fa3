import Fluent
import Foundation

/// The demo data built from the customer's seed documents (`Resources/Demo/*.json`, each record naming its seed):
/// the organisations and people the seeds name, with nothing invented — unknown values stay empty.
enum DemoData {
    struct OrganizationRecord: Decodable {
        var key: String
        var name: String
        var type: String
        var businessId: String?
        var municipalityCode: String?
        var website: String?
        var description: LocalizedText?
        var competences: [String]
        var foundedYear: Int?
    }

    struct PersonRecord: Decodable {
        var key: String
        var name: String
        var title: LocalizedText?
        var organization: String?
    }

    struct NetworkRecord: Decodable {
        struct Member: Decodable {
            var organization: String
            var role: String
            var contact: String?
        }
        var key: String
        var name: String
        var kind: String
        var purpose: LocalizedText?
        var funding: LocalizedText?
        var startsOn: String?
        var endsOn: String?
        var themes: [String]
        var localities: [String]?
        /// Regions whose every municipality the network covers.
        var regions: [String]?
        var members: [Member]
    }

    struct EcosystemRecord: Decodable {
        var name: String
        var municipalities: [String]
        var coordinator: String?
        var contact: String?
    }

    static func isDatabaseEmpty(_ database: any Database) async throws -> Bool {
        let organizations = try await Organization.query(on: database).count()
        let people = try await Person.query(on: database).count()
        return organizations == 0 && people == 0
    }

    static func records<T: Decodable>(_ name: String, as: T.Type) throws -> [T] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/Demo") else {
            throw ReferenceDataError.missing(name)
        }
        return try JSONDecoder().decode([T].self, from: Data(contentsOf: url))
    }

    /// Loads everything in one transaction, through the same checks as the forms and the API.
    @discardableResult
    static func load(on database: any Database) async throws -> (organizations: Int, people: Int, networks: Int) {
        let organizations = try records("organizations", as: OrganizationRecord.self)
        let people = try records("people", as: PersonRecord.self)
        let networks = try records("networks", as: NetworkRecord.self)
        let ecosystems = try records("ecosystems", as: EcosystemRecord.self)
        try await database.writeTransaction { db in
            var ids: [String: Int] = [:]
            let editor = OrganizationEditor(database: db)
            for record in organizations {
                var input = OrganizationInput()
                input.name = record.name
                input.type = record.type
                input.businessId = record.businessId
                input.municipalityCode = record.municipalityCode
                input.website = record.website
                input.description = record.description
                input.competences = record.competences
                input.foundedYear = record.foundedYear
                let organization = Organization()
                try await editor.save(try await editor.check(input), into: organization)
                ids[record.key] = try organization.requireID()
            }
            let personEditor = PersonEditor(database: db)
            var personIDs: [String: Int] = [:]
            for record in people {
                var input = PersonInput()
                input.name = record.name
                input.title = record.title
                input.organizationId = record.organization.flatMap { ids[$0] }
                input.contactConsent = false
                let person = Person()
                try await personEditor.checkAndSave(input, into: person)
                personIDs[record.key] = try person.requireID()
            }
            let networkIDs = try await loadNetworks(networks, organizations: ids, people: personIDs, on: db)
            let ecosystemEditor = EcosystemEditor(database: db)
            for record in ecosystems {
                var input = EcosystemInput()
                input.name = record.name
                input.municipalities = record.municipalities
                input.coordinatorId = record.coordinator.flatMap { ids[$0] }
                input.contactPersonId = record.contact.flatMap { personIDs[$0] }
                try await ecosystemEditor.save(input, into: Ecosystem())
            }
            let programmes = try await loadProgrammes(organizations: ids, people: personIDs, on: db)
            try await loadBodies(organizations: ids, people: personIDs, programmes: programmes, on: db)
            try await loadCalls(programmes: programmes, on: db)
            try await loadEvents(networks: networkIDs, on: db)
        }
        return (organizations.count, people.count, networks.count)
    }

    /// Returns each network's id by its key.
    private static func loadNetworks(_ records: [NetworkRecord], organizations: [String: Int], people: [String: Int], on db: any Database)
        async throws -> [String: Int]
    {
        let editor = NetworkEditor(database: db)
        var ids: [String: Int] = [:]
        for record in records {
            var input = NetworkInput()
            input.name = record.name
            input.kind = record.kind
            input.purpose = record.purpose
            input.funding = record.funding
            input.startsOn = record.startsOn
            input.endsOn = record.endsOn
            input.themes = record.themes
            var localities = record.localities ?? []
            for region in record.regions ?? [] {
                localities += try await Municipality.query(on: db).filter(\.$region.$id == region).all().compactMap(\.id)
            }
            input.localities = localities
            let network = Network()
            try await editor.save(input, into: network)
            ids[record.key] = try network.requireID()
            for member in record.members {
                let input = MemberInput(
                    organizationId: organizations[member.organization], role: member.role,
                    contactPersonId: member.contact.flatMap { people[$0] }, startsOn: nil, endsOn: nil)
                try await editor.saveMember(input, networkID: network.requireID(), into: NetworkMember())
            }
        }
        return ids
    }
}
