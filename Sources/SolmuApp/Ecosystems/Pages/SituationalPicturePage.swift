import Plot
import Vapor

/// WP1: an ecosystem's situational picture as one printable page. Every figure also stands in a table;
/// the map has the same places in the table beside it. A section with nothing in it is left out; where the coordinator
/// can fill it (wanted competences, vision, goals, actions), they see instead a line with the link to add it.
struct SituationalPicturePage {
    /// One of the ecosystem's municipalities: its name in the page's language and, when known, where it is.
    struct Place {
        var code: String
        var name: String
        var longitude: Double?
        var latitude: Double?
    }

    /// A partner suggested for a wanted competence, its reasons worded in the page's language, and what the coordinator did about it.
    struct Suggestion {
        /// The competence's id.
        var competence: String
        var organizationID: Int
        var organizationName: String
        var reasons: [String]
        var status: EcosystemSuggestion.Status?
    }

    struct Goal {
        var id: Int
        var title: String
        var target: String
        var targetDate: String
        var progress: Int?
    }

    struct Action {
        var id: Int
        var title: String
        /// The owner organisation's name.
        var owner: String?
        var dueOn: String?
        var status: EcosystemAction.Status
    }

    var id: Int
    var name: String
    /// In alphabetical order (by the Finnish name).
    var places: [Place]
    var vision: LocalizedText
    /// By target date.
    var goals: [Goal]
    /// By due date, undated last.
    var actions: [Action]
    var picture: SituationalPicture
    /// Competence id → its name in the page's language.
    var competenceNames: [String: String]
    /// The first actors by name (all of them in any ecosystem of up to `EcosystemPages.actorListLimit`).
    var actors: [OrganizationSummary]
    var suggestions: [Suggestion]
    var canEdit: Bool
    var graph: CollaborationGraph
    var platforms: LinkedPlatforms? = nil

    private func competence(_ id: String) -> String { competenceNames[id] ?? id }

    func render(_ context: PageContext) -> Response {
        let counts = Dictionary(uniqueKeysWithValues: picture.places.map { ($0.code, $0.actors) })
        let markers = places.compactMap { m -> FinlandMap.Marker? in
            guard let lon = m.longitude, let lat = m.latitude else { return nil }
            return .init(
                name: "\(m.name): \(context.t("regions.organizationCount", count: counts[m.code] ?? 0))",
                longitude: lon, latitude: lat, emphasised: (counts[m.code] ?? 0) > 0)
        }
        let map = FinlandMap.markers(markers, outlines: Array(RegionShapes.byCode.values), title: context.t("ecosystem.mapTitle", ["name": name]))
        let legend = MapLegend.markers(filled: context.t("ecosystem.legendWithActors"), hollow: context.t("ecosystem.legendNoActors"))
        let overdue = Set(picture.overdueActionIDs)
        return Layout.page(
            context, title: name,
            main: .article(
                .class("situational-picture"),
                Breadcrumbs(
                    steps: [(title: context.t("ecosystems.title"), href: context.link(.ecosystems))],
                    current: name
                ).render(context),
                .h1(.text(context.t("ecosystem.pictureTitle", ["name": name]))),
                .p(.class("lead"), .text(context.t("ecosystem.pictureLead", count: picture.actorIDs.count))),
                .p(.a(.href(context.link(.investIn(id))), .text(context.t("ecosystem.investIn")))),
                .if(
                    canEdit,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(context.link(.editEcosystem(id))), .text(context.t("ecosystem.edit"))),
                        .a(.class("button button--secondary"), .href(context.link(.newGoal(id))), .text(context.t("goal.add"))),
                        .a(.class("button button--secondary"), .href(context.link(.newAction(id))), .text(context.t("action.add"))))),
                .section(
                    .h2(.text(context.t("ecosystem.where"))),
                    MapAndTable.render(
                        map: map, legend: legend,
                        table: .scrolling(
                            context.t("ecosystem.placesCaption"),
                            .table(
                                .caption(.text(context.t("ecosystem.placesCaption"))),
                                .thead(
                                    .tr(
                                        .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.municipality"))),
                                        .th(.attribute(named: "scope", value: "col"), .text(context.t("regions.organizations"))))),
                                .tbody(
                                    .forEach(places) { m in
                                        .tr(
                                            .th(
                                                .attribute(named: "scope", value: "row"),
                                                .a(.href(context.link(.municipality(m.code))), .text(m.name))),
                                            .td(.class("number"), .text(Formatting.integer(counts[m.code] ?? 0))))
                                    }))))),
                .if(
                    !actors.isEmpty,
                    .section(
                        .h2(.text(context.t("investIn.actors", ["count": Formatting.integer(picture.actorIDs.count)]))),
                        OrganizationSummary.list(actors, context),
                        .if(
                            picture.actorIDs.count > actors.count,
                            .p(.text(context.t("ecosystem.moreActors", ["count": Formatting.integer(picture.actorIDs.count - actors.count)])))))),
                countSection(
                    picture.actorsByType.map { (context.t("organizationType.\($0.key)"), $0.count) },
                    title: context.t("ecosystem.actorsByType"), header: context.t("organization.type"), context),
                picture.wanted.isEmpty
                    ? MissingLine.render(
                        mayEdit: canEdit, "ecosystem.noWanted", add: ("ecosystem.addWanted", context.link(.editEcosystem(id))), context)
                    : .section(
                        .h2(.text(context.t("ecosystem.gap"))),
                        .p(.text(context.t("ecosystem.gapLead"))),
                        .scrolling(
                            context.t("ecosystem.gapCaption"),
                            .table(
                                .caption(.text(context.t("ecosystem.gapCaption"))),
                                .thead(
                                    .tr(
                                        .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.competence"))),
                                        .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.actorsWithIt"))),
                                        .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.status"))))),
                                .tbody(
                                    .forEach(picture.wanted) { wanted in
                                        let have = picture.actorsByCompetence.first { $0.key == wanted }?.count ?? 0
                                        return .tr(
                                            .th(.attribute(named: "scope", value: "row"), .text(competence(wanted))),
                                            .td(.class("number"), .text(Formatting.integer(have))),
                                            .td(.text(context.t(have == 0 ? "ecosystem.missing" : "ecosystem.present"))))
                                    })))),
                suggestionsSection(context),
                countSection(
                    picture.actorsByCompetence.map { (competence($0.key), $0.count) }, title: context.t("ecosystem.actorsByCompetence"),
                    header: context.t("organization.competence"), context),
                strategySection(context, overdue: overdue),
                .if(!graph.edges.isEmpty, CollaborationSection.render(graph, subjectName: name, context)),
                .if(
                    !picture.networks.isEmpty,
                    .section(
                        .h2(.text(context.t("ecosystem.networks"))),
                        .ul(
                            .forEach(picture.networks) { link in
                                .li(
                                    .a(.href(context.link(.network(link.networkId))), .text(link.name)),
                                    .text(" – " + context.t("ecosystem.networkActors", count: link.actors)))
                            }))),
                .if(
                    !picture.projects.isEmpty,
                    .section(
                        .h2(.text(context.t("ecosystem.projects"))),
                        .ul(
                            .forEach(picture.projects) { link in
                                .li(
                                    .a(.href(context.link(.project(link.projectId))), .text(link.name.display(context.language))),
                                    .text(" – " + context.t(link.status.labelKey) + ", " + context.t("ecosystem.networkActors", count: link.actors)))
                            }))),
                .unwrap(platforms) {
                    $0.render(context, aggregates: canEdit ? context.link(.platformAggregates, query: ["group": "ecosystem:\(id)"]) : nil)
                },
                OpenDataLine(leadKey: "ecosystem.openData", downloads: [.json("/api/v1/ecosystems/\(id)")]).render(context)
            ))
    }

    /// The vision, goals and actions. Left out when none is written, unless the viewer may write them: then each
    /// missing part is a line with the link to add it.
    private func strategySection(_ context: PageContext, overdue: Set<Int>) -> Node<HTML.BodyContext> {
        let language = context.language
        let visionText = vision.resolved(language)
        guard canEdit || visionText != nil || !goals.isEmpty || !actions.isEmpty else { return .empty }
        let edit = context.link(.editEcosystem(id))
        return .section(
            .h2(.text(context.t("ecosystem.strategy"))),
            visionText.map { text -> Node<HTML.BodyContext> in .p(.strong(.text(context.t("ecosystem.vision") + ": ")), .text(text.text)) }
                ?? MissingLine.render(mayEdit: canEdit, "ecosystem.noVision", add: ("ecosystem.addVision", edit), context),
            goals.isEmpty
                ? MissingLine.render(mayEdit: canEdit, "ecosystem.noGoals", add: ("goal.add", context.link(.newGoal(id))), context)
                : .scrolling(
                    context.t("ecosystem.goals"),
                    .table(
                        .caption(.text(context.t("ecosystem.goals"))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.title"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.target"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.targetDate"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("goal.progress"))))),
                        .tbody(
                            .forEach(goals) { goal in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"), .text(goal.title),
                                        .if(
                                            canEdit,
                                            .group(
                                                .text(" "),
                                                .a(
                                                    .href(context.link(.editGoal(id, goal.id))), .text(context.t("person.edit")),
                                                    .span(.class("visually-hidden"), .text(": " + goal.title)))))),
                                    .td(.text(goal.target)),
                                    .td(.text(PartialDate(goal.targetDate)?.formatted(language) ?? goal.targetDate)),
                                    .td(.class("number"), .text(goal.progress.map { "\($0) %" } ?? "–")))
                            }))),
            actions.isEmpty
                ? MissingLine.render(mayEdit: canEdit, "ecosystem.noActions", add: ("action.add", context.link(.newAction(id))), context)
                : .scrolling(
                    context.t("ecosystem.actions"),
                    .table(
                        .caption(.text(context.t("ecosystem.actions"))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("action.title"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("action.owner"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("action.dueOn"))),
                                .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.status"))))),
                        .tbody(
                            .forEach(actions) { action in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"), .text(action.title),
                                        .if(
                                            canEdit,
                                            .group(
                                                .text(" "),
                                                .a(
                                                    .href(context.link(.editAction(id, action.id))), .text(context.t("person.edit")),
                                                    .span(.class("visually-hidden"), .text(": " + action.title)))))),
                                    .td(.text(action.owner ?? "–")),
                                    .td(.text(action.dueOn.flatMap(PartialDate.init)?.formatted(language) ?? "–")),
                                    .td(
                                        .text(
                                            context.t(action.status.labelKey)
                                                + (overdue.contains(action.id) ? " – " + context.t("action.overdue") : ""))))
                            }))))
    }

    /// Partners for the wanted competences; left out when there is none to suggest (the gap section says what is wanted).
    private func suggestionsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !suggestions.isEmpty else { return .empty }
        return .section(
            .id("suggestions"), .h2(.text(context.t("ecosystem.suggestions"))),
            .p(.text(context.t("ecosystem.suggestionsLead"))),
            .scrolling(
                context.t("ecosystem.suggestionsCaption"),
                .table(
                    .caption(.text(context.t("ecosystem.suggestionsCaption"))),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("organization.competence"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("network.organization"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.reasons"))),
                            .th(.attribute(named: "scope", value: "col"), .text(context.t("ecosystem.status"))))),
                    .tbody(
                        .forEach(suggestions) { item in
                            .tr(
                                .td(.text(competence(item.competence))),
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(context.link(.organization(item.organizationID))), .text(item.organizationName))),
                                .td(.ul(.forEach(item.reasons) { .li(.text($0)) })),
                                .td(canEdit ? statusForm(item, ecosystemID: id, context) : .text(item.status.map { context.t($0.labelKey) } ?? "–")))
                        }))))
    }

    private func statusForm(_ item: Suggestion, ecosystemID: Int, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fieldID = "status-\(item.organizationID)-\(item.competence)"
        return .form(
            .class("inline-form"), .action(context.link(.ecosystemSuggestions(ecosystemID))), .method(.post),
            FormFields.csrf(context.csrfToken),
            .input(.type(.hidden), .name("organizationId"), .value("\(item.organizationID)")),
            .input(.type(.hidden), .name("competence"), .value(item.competence)),
            .label(
                .class("visually-hidden"), .attribute(named: "for", value: fieldID),
                .text(context.t("ecosystem.markAs") + ": " + item.organizationName)),
            .select(
                .id(fieldID), .attribute(named: "name", value: "status"),
                .forEach(EcosystemSuggestion.Status.allCases) { status in
                    .element(
                        named: "option",
                        nodes: [
                            .attribute(named: "value", value: status.rawValue),
                            .attribute(named: "selected", value: item.status == status ? "selected" : nil),
                            .text(context.t(status.labelKey)),
                        ])
                }),
            .button(
                .type(.submit), .class("link-button"), .text(context.t("form.save")),
                .span(.class("visually-hidden"), .text(": " + item.organizationName))))
    }

    /// Actors counted by a property, as a table with bars; left out when there is nothing to count.
    private func countSection(_ rows: [(String, Int)], title: String, header: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .empty }
        return .section(
            .h2(.text(title)), CountTable(caption: title, header: header, countHeader: context.t("regions.organizations"), rows: rows).render())
    }
}
