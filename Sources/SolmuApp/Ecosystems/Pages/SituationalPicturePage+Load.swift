import Fluent

extension SituationalPicturePage {
    /// The page's loader: the ecosystem (404 if there is none) and its situational picture, first actors, suggested
    /// partners with their reasons, strategy, collaboration graph and linked platforms, as plain values named in
    /// `language`; `viewer` decides whether the page offers the coordinator's tools.
    static func load(id: Int, viewer: User?, language: Language, on database: any Database) async throws -> SituationalPicturePage {
        let ecosystem = try await EcosystemLoader.require(id, on: database)
        let ecosystemID = try ecosystem.requireID()
        let picture = try await SituationalPicture.build(ecosystem, on: database)
        let competences = try await Competence.query(on: database).all().reduce(into: [String: String]()) { $0[$1.id ?? ""] = $1.name(language) }
        let actors = try await EcosystemLoader.firstActors(ecosystem, limit: EcosystemPages.actorListLimit, on: database)
        let items = try await PartnerSuggestions(database: database).items(for: ecosystem, picture: picture)
        let words = try await ReasonWords.load(database)
        let suggestions = items.map { item in
            Suggestion(
                competence: item.suggestion.competence, organizationID: item.suggestion.candidate.id,
                organizationName: item.suggestion.candidate.name, reasons: item.suggestion.reasons.map { words.text($0, language) },
                status: item.status)
        }
        let places = ecosystem.municipalities.sorted { $0.nameFi.finnishOrder < $1.nameFi.finnishOrder }.map { municipality in
            Place(code: municipality.id ?? "", name: municipality.name(language), longitude: municipality.longitude, latitude: municipality.latitude)
        }
        let goals = ecosystem.goals.sorted { $0.targetDate < $1.targetDate }.map { goal in
            Goal(id: goal.id ?? 0, title: goal.title, target: goal.target, targetDate: goal.targetDate, progress: goal.progress)
        }
        let actions = ecosystem.actions.sorted { ($0.dueOn ?? "9999") < ($1.dueOn ?? "9999") }.map { action in
            Action(id: action.id ?? 0, title: action.title, owner: action.owner?.name, dueOn: action.dueOn, status: action.status)
        }
        return SituationalPicturePage(
            id: ecosystemID, name: ecosystem.name, places: places, vision: ecosystem.vision, goals: goals, actions: actions,
            picture: picture, competenceNames: competences, actors: actors.map { OrganizationSummary($0, language) },
            suggestions: suggestions, canEdit: viewer.map { EcosystemAccess.canEdit($0, ecosystem) } ?? false,
            graph: try await CollaborationGraphLoader.around(picture.actorIDs, on: database),
            platforms: try await LinkedPlatforms.load(.ecosystem(ecosystemID), on: database))
    }
}
