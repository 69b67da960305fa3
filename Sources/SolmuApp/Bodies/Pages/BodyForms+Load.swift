import Fluent

extension BodyForms {
    /// The seat form's choices: every person ("Name – Organisation") and every organisation, in alphabetical order.
    static func seatChoices(on database: any Database) async throws -> (people: Options, organizations: Options) {
        (try await AtlasOptions.people(database), try await AtlasOptions.organizations(database))
    }
}
