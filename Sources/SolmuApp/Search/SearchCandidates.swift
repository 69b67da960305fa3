import Fluent

/// Reads every thing of one kind that the viewer may see, as search candidates named in the page's language.
struct SearchCandidates {
    let database: any Database
    let language: Language
    let viewer: User?
    let today: String

    func load(_ kind: SearchKind) async throws -> [SearchCandidate] {
        switch kind {
        case .municipality, .region:
            // Statistics Finland's classification never changes while Solmu runs: read and folded once (PlaceCandidates).
            return PlaceCandidates.byLanguage[language]?[kind] ?? []
        case .organization:
            return []  // from the atlas's full-text index (SiteSearch)
        case .person:
            // Only people who agreed to be shown; found by name and title, shown with their organisation.
            return try await Person.query(on: database).filter(\.$contactConsent == true).with(\.$organization).all().compactMap { person in
                guard let organization = person.organization, let id = organization.id else { return nil }
                return SearchCandidate(
                    hit(
                        kind, "\(person.id ?? 0)", person.name,
                        [person.title.display(language).nonEmptyText, organization.name].compactMap { $0 }
                            .joined(separator: ", "), .organization(id)),
                    names: [person.name], text: [person.titleFi, person.titleSv, person.titleEn, organization.name])
            }
        case .network:
            return try await NetworkLoader.all(database).map { network in
                SearchCandidate(
                    hit(kind, "\(network.id ?? 0)", network.name, language.t(network.kind.labelKey), .network(network.id ?? 0)),
                    names: [network.name], text: all(network.purpose) + network.localities.flatMap(names))
            }
        case .ecosystem:
            return try await EcosystemLoader.all(on: database).map { ecosystem in
                let places = ecosystem.municipalities.map { $0.name(language) }.sorted().joined(separator: ", ")
                return SearchCandidate(
                    hit(kind, "\(ecosystem.id ?? 0)", ecosystem.name, places.nonEmptyText, .ecosystem(ecosystem.id ?? 0)),
                    names: [ecosystem.name], text: all(ecosystem.strengths) + ecosystem.municipalities.flatMap(names))
            }
        case .programme:
            return try await ProgrammeLoader.all(database).map { programme in
                SearchCandidate(
                    hit(
                        kind, "\(programme.id ?? 0)", programme.name, Formatting.period(programme.startsOn, programme.endsOn, language),
                        .programme(programme.id ?? 0)),
                    names: [programme.name], text: all(programme.purpose))
            }
        case .project:
            return try await Project.query(on: database).with(\.$programme).all().map { project in
                SearchCandidate(
                    hit(kind, "\(project.id ?? 0)", project.name.display(language), project.programme?.name, .project(project.id ?? 0)),
                    names: all(project.name) + [project.code], text: all(project.summary))
            }
        case .call:
            return try await CallLoader.visible(to: viewer, on: database).map { call in
                SearchCandidate(
                    hit(kind, "\(call.id ?? 0)", call.numberedTitle(language), call.programme.name, .call(call.id ?? 0)),
                    names: all(call.title), text: all(call.description) + [call.programme.name])
            }
        case .event:
            return try await EventLoader.calendar(CalendarFilter(), on: database).map { event in
                let when = EventTime.text(event.dates, language)
                let ended = event.isPast(today: today) ? language.t("event.ended") : nil
                return SearchCandidate(
                    hit(
                        kind, "\(event.id ?? 0)", event.title.display(language),
                        [language.t(event.kind.labelKey), when, event.place(language), ended].compactMap { $0 }
                            .joined(separator: " · "), .event(event.id ?? 0)),
                    names: all(event.title),
                    text: all(event.description) + [event.venue, event.network?.name] + (event.municipality.map(names) ?? []))
            }
        }
    }

    private func hit(_ kind: SearchKind, _ id: String, _ title: String, _ detail: String?, _ url: SiteURL) -> SearchHit {
        SearchHit(kind: kind, id: id, title: title, detail: detail, path: url.pathWithoutLanguage)
    }

    private func all(_ text: LocalizedText) -> [String?] { [text.fi, text.sv, text.en] }

    private func names(_ place: some NamedInThreeLanguages) -> [String?] { [place.nameFi, place.nameSv, place.nameEn] }
}
