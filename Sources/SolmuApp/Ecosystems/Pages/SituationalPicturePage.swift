import Plot
import Vapor

/// WP1: an ecosystem's situational picture as one printable page. Every figure also stands in a table;
/// the map has the same places in the table beside it.
struct SituationalPicturePage {
    var ecosystem: Ecosystem
    var picture: SituationalPicture
    var competenceNames: [String: Competence]
    /// The first actors by name (all of them in any ecosystem of up to `EcosystemPages.actorListLimit`).
    var actors: [OrganizationSummary]
    var suggestions: [PartnerSuggestions.Item]
    var words: ReasonWords
    var canEdit: Bool
    var graph: CollaborationGraph
    var platforms: LinkedPlatforms? = nil

    private func competence(_ id: String, _ language: Language) -> String { competenceNames[id]?.name(language) ?? id }

    func render(_ context: PageContext) -> Response {
        let e = ecosystem
        let language = context.language
        let id = e.id ?? 0
        let counts = Dictionary(uniqueKeysWithValues: picture.places.map { ($0.code, $0.actors) })
        let places = e.municipalities.sorted { $0.nameFi.finnishOrder < $1.nameFi.finnishOrder }
        let markers = places.compactMap { m -> FinlandMap.Marker? in
            guard let lon = m.longitude, let lat = m.latitude else { return nil }
            return .init(name: "\(m.name(language)): \(context.t("regions.organizationCount", count: counts[m.id ?? ""] ?? 0))",
                         longitude: lon, latitude: lat, emphasised: (counts[m.id ?? ""] ?? 0) > 0)
        }
        let map = FinlandMap.markers(markers, outlines: Array(RegionShapes.byCode.values), title: context.t("ecosystem.mapTitle", ["name": e.name]))
        let overdue = Set(picture.overdueActionIDs)
        return Layout.page(context, title: e.name, main: .article(.class("situational-picture"),
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.ecosystems)), .text(context.t("ecosystems.title")))), .li(.text(e.name)))),
            .h1(.text(context.t("ecosystem.pictureTitle", ["name": e.name]))),
            .p(.class("lead"), .text(context.t("ecosystem.pictureLead", count: picture.actorIDs.count))),
            .p(.a(.href(context.link(.investIn(id))), .text(context.t("ecosystem.investIn")))),
            .if(canEdit, .div(.class("actions"),
                .a(.class("button"), .href(context.link(.editEcosystem(id))), .text(context.t("ecosystem.edit"))),
                .a(.class("button button--secondary"), .href(context.link(.newGoal(id))), .text(context.t("goal.add"))),
                .a(.class("button button--secondary"), .href(context.link(.newAction(id))), .text(context.t("action.add"))))),
            .section(.h2(.text(context.t("ecosystem.where"))),
                .div(.class("map-and-table"),
                    .element(named: "figure", nodes: [.raw(map)]),
                    .table(.caption(.text(context.t("ecosystem.placesCaption"))),
                        .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                                   .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.organizations"))))),
                        .tbody(.forEach(places) { m in
                            .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(context.link(.municipality(m.id ?? ""))), .text(m.name(language)))),
                                .td(.class("number"), .text(Formatting.integer(counts[m.id ?? ""] ?? 0))))
                        })))),
            .section(.h2(.text(context.t("investIn.actors", ["count": Formatting.integer(picture.actorIDs.count)]))),
                OrganizationSummary.list(actors, context),
                .if(picture.actorIDs.count > actors.count,
                    .p(.text(context.t("ecosystem.moreActors", ["count": Formatting.integer(picture.actorIDs.count - actors.count)]))))),
            .section(.h2(.text(context.t("ecosystem.actorsByType"))),
                countTable(picture.actorsByType.map { (context.t("organizationType.\($0.key)"), $0.count) }, caption: context.t("ecosystem.actorsByType"),
                           header: context.t("organization.type"), context)),
            .section(.h2(.text(context.t("ecosystem.gap"))),
                .p(.text(context.t("ecosystem.gapLead"))),
                picture.wanted.isEmpty ? .p(.text(context.t("ecosystem.noWanted"))) :
                .table(.caption(.text(context.t("ecosystem.gapCaption"))),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t("organization.competence"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.actorsWithIt"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.status"))))),
                    .tbody(.forEach(picture.wanted) { wanted in
                        let have = picture.actorsByCompetence.first { $0.key == wanted }?.count ?? 0
                        return .tr(.th(.attribute(named: "scope", value: "row"), .text(competence(wanted, language))),
                                   .td(.class("number"), .text(Formatting.integer(have))),
                                   .td(.text(context.t(have == 0 ? "ecosystem.missing" : "ecosystem.present"))))
                    }))),
            suggestionsSection(context),
            .section(.h2(.text(context.t("ecosystem.actorsByCompetence"))),
                countTable(picture.actorsByCompetence.map { (competence($0.key, language), $0.count) }, caption: context.t("ecosystem.actorsByCompetence"),
                           header: context.t("organization.competence"), context)),
            .section(.h2(.text(context.t("ecosystem.strategy"))),
                .unwrap(e.vision.resolved(language)) { .p(.strong(.text(context.t("ecosystem.vision") + ": ")), .text($0.text)) },
                e.goals.isEmpty ? .p(.text(context.t("ecosystem.noGoals"))) :
                .table(.caption(.text(context.t("ecosystem.goals"))),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t("goal.title"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.target"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.targetDate"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.progress"))))),
                    .tbody(.forEach(e.goals.sorted { $0.targetDate < $1.targetDate }) { goal in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(goal.title),
                                .if(canEdit, .group(.text(" "), .a(.href(context.link(.editGoal(id, goal.id ?? 0))), .text(context.t("person.edit")),
                                                                   .span(.class("visually-hidden"), .text(": " + goal.title)))))),
                            .td(.text(goal.target)),
                            .td(.text(PartialDate(goal.targetDate)?.formatted(language) ?? goal.targetDate)),
                            .td(.class("number"), .text(goal.progress.map { "\($0) %" } ?? "–")))
                    })),
                e.actions.isEmpty ? .p(.text(context.t("ecosystem.noActions"))) :
                .table(.caption(.text(context.t("ecosystem.actions"))),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t("action.title"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("action.owner"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("action.dueOn"))),
                               .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.status"))))),
                    .tbody(.forEach(e.actions.sorted { ($0.dueOn ?? "9999") < ($1.dueOn ?? "9999") }) { action in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(action.title),
                                .if(canEdit, .group(.text(" "), .a(.href(context.link(.editAction(id, action.id ?? 0))), .text(context.t("person.edit")),
                                                                   .span(.class("visually-hidden"), .text(": " + action.title)))))),
                            .td(.text(action.owner?.name ?? "–")),
                            .td(.text(action.dueOn.flatMap(PartialDate.init)?.formatted(language) ?? "–")),
                            .td(.text(context.t(action.status.labelKey) + (overdue.contains(action.id ?? -1) ? " – " + context.t("action.overdue") : ""))))
                    }))),
            CollaborationSection.render(graph, subjectName: e.name, context),
            .section(.h2(.text(context.t("ecosystem.networks"))),
                picture.networks.isEmpty ? .p(.text(context.t("ecosystem.noNetworks"))) :
                .ul(.forEach(picture.networks) { link in
                    .li(.a(.href(context.link(.network(link.networkId))), .text(link.name)),
                        .text(" – " + context.t("ecosystem.networkActors", count: link.actors)))
                })),
            .section(.h2(.text(context.t("ecosystem.projects"))),
                picture.projects.isEmpty ? .p(.text(context.t("ecosystem.noProjects"))) :
                .ul(.forEach(picture.projects) { link in
                    .li(.a(.href(context.link(.project(link.projectId))), .text(link.name.display(context.language))),
                        .text(" – " + context.t(link.status.labelKey) + ", " + context.t("ecosystem.networkActors", count: link.actors)))
                })),
            .unwrap(platforms) { $0.render(context, aggregates: canEdit ? context.link(.platformAggregates, query: ["group": "ecosystem:\(e.id ?? 0)"]) : nil) }
        ))
    }

    private func suggestionsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let id = ecosystem.id ?? 0
        return .section(.id("suggestions"), .h2(.text(context.t("ecosystem.suggestions"))),
            .p(.text(context.t("ecosystem.suggestionsLead"))),
            suggestions.isEmpty ? .p(.text(context.t("ecosystem.noSuggestions"))) :
            .table(.caption(.text(context.t("ecosystem.suggestionsCaption"))),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(context.t("organization.competence"))),
                           .th(.attribute(named: "scope", value: "col"), .text(context.t("network.organization"))),
                           .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.reasons"))),
                           .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.status"))))),
                .tbody(.forEach(suggestions) { item in
                    let candidate = item.suggestion.candidate
                    return .tr(.td(.text(competence(item.suggestion.competence, language))),
                        .th(.attribute(named: "scope", value: "row"), .a(.href(context.link(.organization(candidate.id))), .text(candidate.name))),
                        .td(.ul(.forEach(item.suggestion.reasons) { .li(.text(words.text($0, language))) })),
                        .td(canEdit ? statusForm(item, ecosystemID: id, context) : .text(item.status.map { context.t($0.labelKey) } ?? "–")))
                })))
    }

    private func statusForm(_ item: PartnerSuggestions.Item, ecosystemID: Int, _ context: PageContext) -> Node<HTML.BodyContext> {
        let candidate = item.suggestion.candidate
        let fieldID = "status-\(candidate.id)-\(item.suggestion.competence)"
        return .form(.class("inline-form"), .action(context.link(.ecosystemSuggestions(ecosystemID))), .method(.post),
            FormFields.csrf(context.csrfToken),
            .input(.type(.hidden), .name("organizationId"), .value("\(candidate.id)")),
            .input(.type(.hidden), .name("competence"), .value(item.suggestion.competence)),
            .label(.class("visually-hidden"), .attribute(named: "for", value: fieldID), .text(context.t("ecosystem.markAs") + ": " + candidate.name)),
            .select(.id(fieldID), .attribute(named: "name", value: "status"),
                .forEach(EcosystemSuggestion.Status.allCases) { status in
                    .element(named: "option", nodes: [
                        .attribute(named: "value", value: status.rawValue),
                        .attribute(named: "selected", value: item.status == status ? "selected" : nil),
                        .text(context.t(status.labelKey)),
                    ])
                }),
            .button(.type(.submit), .class("link-button"), .text(context.t("form.save")),
                    .span(.class("visually-hidden"), .text(": " + candidate.name))))
    }

    private func countTable(_ rows: [(String, Int)], caption: String, header: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text(context.t("value.notGiven"))) }
        let maximum = max(1, rows.map(\.1).max() ?? 1)
        return .table(.class("bars"), .caption(.text(caption)),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(header)),
                       .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.organizations"))))),
            .tbody(.forEach(rows) { label, count in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(label)),
                    .td(.class("number bar"), .raw(BarChart.bar(fraction: Double(count) / Double(maximum))), .text(Formatting.integer(count))))
            }))
    }
}
