import Fluent

/// What the ecosystem form offers to choose: contact persons (the coordinating organisation's people), municipalities
/// and competences, named in the page's language.
struct EcosystemFormChoices {
    var contacts: FormFields.Options
    var municipalities: FormFields.Options
    var competences: FormFields.Options

    /// `coordinator`: the organisation whose people may be the contact (all people when nil).
    static func load(coordinator: Int?, language: Language, on database: any Database) async throws -> EcosystemFormChoices {
        let options = try await AtlasOptions.load(database, language)
        var people = Person.query(on: database).sort(\.$name).with(\.$organization)
        if let coordinator { people = people.filter(\.$organization.$id == coordinator) }
        let contacts = try await people.all().map { (value: "\($0.id ?? 0)", label: $0.name) }
        return EcosystemFormChoices(contacts: contacts, municipalities: options.municipalities, competences: options.competences)
    }

    /// The action form's owners: the ecosystem's actors, the first few hundred by name.
    /// Needs `municipalities` and `linkedActors` loaded.
    static func owners(of ecosystem: Ecosystem, on database: any Database) async throws -> FormFields.Options {
        try await EcosystemLoader.actorsByName(ecosystem, on: database).limit(500).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
    }
}
