import Fluent

extension EventForms.Choices {
    /// The form's choices for `user`: the networks and programmes they may organise events for, roadshows to attach a
    /// stop to, themes and municipalities, named in `language`.
    static func load(for user: User, language: Language, on database: any Database) async throws -> EventForms.Choices {
        var owners = try await NetworkAccess.kept(by: user, on: database).map { (value: "network:\($0.id ?? 0)", label: $0.name) }
        for programme in try await Programme.query(on: database).sort(\.$name).all() where ProgrammeAccess.canEdit(user, programme) {
            owners.append((value: "programme:\(programme.id ?? 0)", label: programme.name))
        }
        let roadshows = try await Event.query(on: database).filter(\.$kind == .roadshow).filter(\.$series.$id == nil).sort(\.$titleFi).all()
            .map { (value: "\($0.id ?? 0)", label: $0.title.display(language)) }
        let options = try await AtlasOptions.load(database, language)
        return EventForms.Choices(owners: owners, roadshows: roadshows, themes: options.competences, municipalities: options.municipalities)
    }
}
