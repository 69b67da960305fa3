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

    static func isDatabaseEmpty(_ database: any Database) async throws -> Bool {
        let organizations = try await Organization.query(on: database).count()
        let people = try await Person.query(on: database).count()
        return organizations == 0 && people == 0
    }

    private static func records<T: Decodable>(_ name: String, as: T.Type) throws -> [T] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/Demo") else {
            throw ReferenceDataError.missing(name)
        }
        return try JSONDecoder().decode([T].self, from: Data(contentsOf: url))
    }

    /// Loads everything in one transaction, through the same checks as the forms and the API.
    @discardableResult
    static func load(on database: any Database) async throws -> (organizations: Int, people: Int) {
        let organizations = try records("organizations", as: OrganizationRecord.self)
        let people = try records("people", as: PersonRecord.self)
        try await database.transaction { db in
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
            for record in people {
                var input = PersonInput()
                input.name = record.name
                input.title = record.title
                input.organizationId = record.organization.flatMap { ids[$0] }
                input.contactConsent = false
                try await personEditor.checkAndSave(input, into: Person())
            }
        }
        return (organizations.count, people.count)
    }
}
