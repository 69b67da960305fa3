import Plot
import Vapor

/// A programme's public page: what it is, who is in it and how it is funded, then its dashboard — projects by
/// status, budget by instrument and theme, where the implementers are, and every indicator's targets against
/// actuals (total, per instrument, per theme, per year) beside the figures the programme stated as a whole.
/// A section with nothing in it is left out; whoever may edit the programme sees instead a line with the link to add it.
struct ProgrammePage {
    /// An organisation the page links to.
    struct Link {
        var id: Int
        var name: String
    }

    struct InstrumentRow {
        var id: Int
        var code: String
        var name: LocalizedText
        var administrator: Link?
        var budgetCents: Int64?
    }

    /// A theme, named in the page's language.
    struct ThemeRow {
        var id: String
        var name: String
    }

    struct IndicatorRow {
        var id: Int
        var code: String
        var name: LocalizedText
        var unit: Indicator.Unit
        var aggregation: Indicator.Aggregation
    }

    /// A figure the programme stated as a whole.
    struct FigureRow {
        var id: Int
        var label: LocalizedText
        /// Thousandths.
        var value: Int64
        var qualifier: ProgrammeFigure.Qualifier
        var source: String?
        /// The indicator it answers for, if any.
        var indicatorID: Int?
    }

    struct ProjectRow {
        var id: Int
        var name: LocalizedText
    }

    struct BodyRow {
        var id: Int
        var name: LocalizedText
        var memberCount: Int
    }

    struct CallRow {
        var id: Int
        /// "3. Smart mobility", in the page's language.
        var title: String
        var opensAt: Date
        var closesAt: Date
    }

    var id: Int
    var name: String
    var startsOn: String?
    var endsOn: String?
    var budgetCents: Int64?
    var budgetApproximate: Bool
    var coordinator: Link?
    var minMemberCities: Int?
    var projectCount: Int
    var purpose: LocalizedText
    /// By sort name.
    var memberCities: [Link]
    /// By code.
    var instruments: [InstrumentRow]
    /// By name in the page's language.
    var themes: [ThemeRow]
    var targetGroups: [TargetGroup]
    var spearheads: [ProjectRow]
    /// The groups that steer and decide for the programme.
    var bodies: [BodyRow] = []
    /// The calls its viewer may see (the office also its unpublished ones).
    var calls: [CallRow] = []
    /// In the order they were stated (by id).
    var figures: [FigureRow]
    /// The indicator catalogue, by code.
    var indicators: [IndicatorRow]
    var dashboard: ProgrammeDashboardSection
    var canEdit: Bool
    var canCreateProject: Bool

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let edit = context.link(.editProgramme(id))
        return Layout.page(
            context, title: name,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("programmes.title"), href: context.link(.programmes))],
                    current: name
                ).render(context),
                .h1(.text(name)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("network.period"))), .dd(.text(Formatting.period(startsOn, endsOn, language) ?? context.t("value.unknown"))),
                    .dt(.text(context.t("programme.budget"))), .dd(.text(Self.budget(budgetCents, approximate: budgetApproximate, context))),
                    .dt(.text(context.t("programme.coordinator"))),
                    .dd(coordinator.map { .a(.href(context.link(.organization($0.id))), .text($0.name)) } ?? .text(context.t("value.notGiven"))),
                    .dt(.text(context.t("programme.rule"))),
                    .dd(.text(minMemberCities.map { context.t("programme.ruleText", ["count": "\($0)"]) } ?? context.t("programme.noRule"))),
                    .dt(.text(context.t("programme.projects"))), .dd(.a(.href(context.link(.portfolio(id))), .text(Formatting.integer(projectCount))))
                ),
                purpose.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "programme.noPurpose", add: ("programme.addPurpose", edit), context)
                    : .section(.h2(.text(context.t("network.purpose"))), .p(LocalizedNode.text(purpose, context))),
                memberCities.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "programme.noMemberCities", add: ("programme.addMemberCities", edit), context)
                    : .section(
                        .h2(.text(context.t("programme.memberCities"))),
                        .ul(
                            .class("tags"),
                            .forEach(memberCities) { city in
                                .li(.a(.href(context.link(.organization(city.id))), .text(city.name)))
                            })),
                instrumentsSection(context),
                themes.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "missing.themes", add: ("missing.addThemes", edit), context)
                    : .section(
                        .h2(.text(context.t("network.themes"))),
                        .ul(
                            .class("tags"),
                            .forEach(themes) { theme in
                                .li(.a(.href(context.link(.portfolio(id), query: ["theme": theme.id])), .text(theme.name)))
                            })),
                targetGroups.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "missing.targetGroups", add: ("missing.addTargetGroups", edit), context)
                    : .section(
                        .h2(.text(context.t("programme.targetGroups"))), .ul(.forEach(targetGroups) { .li(.text(context.t($0.labelKey))) })),
                .unwrap(spearheads.isEmpty ? nil : spearheads) { projects in
                    .section(
                        .h2(.text(context.t("programme.spearheads"))),
                        .ul(.forEach(projects) { .li(.a(.href(context.link(.project($0.id))), .text($0.name.display(language)))) }))
                },
                bodies.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "programme.noBodies", add: ("body.newButton", context.link(.newBody(id))), context)
                    : .section(
                        .h2(.text(context.t("programme.bodies"))),
                        .ul(
                            .forEach(bodies) { body in
                                .li(
                                    .a(.href(context.link(.body(body.id))), .text(body.name.display(language))),
                                    .text(" – " + context.t("body.memberCount", count: body.memberCount, ["count": "\(body.memberCount)"])))
                            }),
                        .if(
                            canEdit, .p(.a(.class("button button--secondary"), .href(context.link(.newBody(id))), .text(context.t("body.newButton"))))
                        )),
                calls.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "programme.noCalls", add: ("call.newButton", context.link(.newCall(id))), context)
                    : .section(
                        .h2(.text(context.t("calls.title"))),
                        .ul(
                            .forEach(calls) { call in
                                .li(
                                    .a(.href(context.link(.call(call.id))), .text(call.title)),
                                    .text(
                                        " – "
                                            + context.t(
                                                "call.period",
                                                [
                                                    "opens": Formatting.dateTime(call.opensAt, language),
                                                    "closes": Formatting.dateTime(call.closesAt, language),
                                                ])))
                            }),
                        .if(canEdit, .p(.a(.class("button"), .href(context.link(.newCall(id))), .text(context.t("call.newButton")))))),
                .p(
                    .a(.href(context.link(.events, query: ["programme": "\(id)"])), .text(context.t("programme.events"))),
                    .if(
                        canEdit,
                        .group(.text(" · "), .a(.href(context.link(.newEvent, query: ["programme": "\(id)"])), .text(context.t("event.new")))))),
                figuresSection(context),
                .if(
                    canEdit && !indicators.isEmpty,
                    .section(
                        .h2(.text(context.t("programme.indicatorCatalogue"))),
                        .ul(
                            .forEach(indicators) { indicator in
                                .li(
                                    .text("\(indicator.name.display(language)) (\(indicator.code)) "),
                                    .a(
                                        .href(context.link(.editIndicator(id, indicator.id))), .text(context.t("person.edit")),
                                        .span(.class("visually-hidden"), .text(": \(indicator.name.display(language))"))))
                            }))),
                dashboard.render(context),
                .p(.a(.href(context.link(.portfolio(id))), .text(context.t("programme.portfolioLink")))),
                .if(
                    canEdit || canCreateProject,
                    .section(
                        .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
                        .if(canEdit, .a(.class("button"), .href(context.link(.editProgramme(id))), .text(context.t("programme.edit")))),
                        .if(canEdit, .a(.class("button"), .href(context.link(.newIndicator(id))), .text(context.t("indicator.new")))),
                        .if(canEdit, .a(.class("button"), .href(context.link(.newInstrument(id))), .text(context.t("instrument.new")))),
                        .if(canEdit, .a(.class("button"), .href(context.link(.newFigure(id))), .text(context.t("figure.new")))),
                        .if(
                            canCreateProject,
                            .a(.class("button"), .href(context.link(.newProject, query: ["programme": "\(id)"])), .text(context.t("project.new")))))),
                OpenDataLine(
                    leadKey: "programme.openData",
                    downloads: [
                        .json("/api/v1/programmes/\(id)"),
                        .init(label: context.t("programme.openDataDashboard"), href: "/api/v1/programmes/\(id)/dashboard"),
                    ]
                ).render(context)
            ))
    }

    static func budget(_ cents: Int64?, approximate: Bool, _ context: PageContext) -> String {
        guard let cents else { return context.t("value.unknown") }
        let amount = FixedPoint.euros(cents, context.language)
        return approximate ? context.t("value.about", ["value": amount]) : amount
    }

    private func instrumentsSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !instruments.isEmpty else {
            return MissingLine.render(mayEdit: canEdit, "programme.noInstruments", add: ("instrument.new", context.link(.newInstrument(id))), context)
        }
        let rows: [[DataTable.Cell]] = instruments.map { instrument in
            [
                .text(instrument.name.display(context.language)),
                instrument.administrator.map { .link($0.name, href: context.link(.organization($0.id))) } ?? .text(context.t("value.notGiven")),
                .number(instrument.budgetCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown")),
            ]
                + (canEdit
                    ? [
                        .node(
                            .a(
                                .href(context.link(.editInstrument(id, instrument.id))), .text(context.t("person.edit")),
                                .span(.class("visually-hidden"), .text(": \(instrument.code)"))))
                    ] : [])
        }
        return .section(
            .h2(.text(context.t("programme.instruments"))),
            DataTable(
                caption: context.t("programme.instrumentsCaption", ["name": name]),
                columns: [context.t("instrument.name"), context.t("instrument.administrator"), context.t("programme.budget")]
                    + (canEdit ? [context.t("users.actions")] : []),
                numeric: [2], rows: rows
            ).render())
    }

    private func figuresSection(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !figures.isEmpty else { return .empty }
        let rows: [[DataTable.Cell]] = figures.map { figure in
            [.text(figure.label.display(context.language)), .number(Self.figureValue(figure, context)), Self.sourceCell(figure.source)]
        }
        return .section(
            .h2(.text(context.t("programme.figures"))), .p(.text(context.t("programme.figuresLead"))),
            DataTable(
                caption: context.t("programme.figuresCaption", ["name": name]),
                columns: [context.t("figure.label"), context.t("figure.value"), context.t("figure.source")], numeric: [1], rows: rows
            ).render())
    }

    /// The source's title linked to its address; the title alone when no address is known.
    private static func sourceCell(_ stored: String?) -> DataTable.Cell {
        guard let source = FigureSource(stored) else { return .text("–") }
        guard let address = source.address else { return .text(source.linkText) }
        return .node(.a(.href(address), .attribute(named: "rel", value: "noopener"), .text(source.linkText)))
    }

    static func figureValue(_ figure: FigureRow, _ context: PageContext) -> String {
        let value = FixedPoint.quantity.formatted(figure.value, context.language)
        return figure.qualifier == .exact ? value : context.t(figure.qualifier.labelKey, ["value": value])
    }
}
