import Fluent

extension MeetingForms {
    /// What an agenda item of `body` may concern: its programme's calls (those `viewer` may see) and projects, named in
    /// `language`; nothing for a network's body.
    static func concerns(
        of body: GoverningBody, viewer: User?, language: Language,
        on database: any Database
    ) async throws -> (calls: BodyForms.Options, projects: BodyForms.Options) {
        guard let programmeID = body.$programme.id else { return ([], []) }
        let calls: [Call] = try await CallLoader.visible(to: viewer, programme: programmeID, on: database)
        let projects: [Project] = try await Project.query(on: database).filter(\.$programme.$id == programmeID).sort(\.$nameFi).all()
        return (
            calls.map { (value: "\($0.id ?? 0)", label: $0.numberedTitle(language)) },
            projects.map { (value: "\($0.id ?? 0)", label: $0.name.display(language)) }
        )
    }
}
