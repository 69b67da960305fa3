import Fluent

extension OrganizationFormPage {
    /// The page's loader: the form for a new organisation (`organization` nil) or for editing one, drawn from `state`,
    /// with the atlas's choices named in `language`.
    static func load(editing organization: Organization?, state: FormState, language: Language, on database: any Database) async throws
        -> OrganizationFormPage
    {
        OrganizationFormPage(
            organizationID: organization?.id, organizationName: organization?.name, state: state,
            options: try await AtlasOptions.load(database, language))
    }
}
