import Fluent

extension PersonFormPage {
    /// The page's loader: the form for a new person (`person` nil) or for editing one, drawn from `state`, with every
    /// organisation to choose from.
    static func load(editing person: Person?, state: FormState, on database: any Database) async throws -> PersonFormPage {
        PersonFormPage(personID: person?.id, personName: person?.name, state: state, organizations: try await AtlasOptions.organizations(database))
    }
}
