import Plot

/// How an organisation appears in a list: name, type, place, competences.
struct OrganizationSummary {
    var id: Int
    var name: String
    var typeLabel: String
    var place: String?
    var competences: [String]

    init(_ organization: Organization, _ language: Language) {
        id = organization.id ?? 0
        name = organization.name
        typeLabel = language.t(organization.type.labelKey)
        place = organization.municipality.map { $0.name(language) }
        competences = organization.competences.map { $0.name(language) }.sorted { $0.finnishOrder < $1.finnishOrder }
    }

    static func list(_ items: [OrganizationSummary], _ context: PageContext) -> Node<HTML.BodyContext> {
        .ul(
            .class("result-list"),
            .forEach(items) { item in
                .li(
                    .class("result"),
                    .h3(.class("result__title"), .a(.href(context.link(.organization(item.id))), .text(item.name))),
                    .p(.class("result__meta"), .text([item.typeLabel, item.place].compactMap { $0 }.joined(separator: " · "))),
                    .if(
                        !item.competences.isEmpty,
                        .ul(
                            .class("tags"), .attribute(named: "aria-label", value: context.t("organization.competences")),
                            .forEach(item.competences) { .li(.text($0)) }))
                )
            })
    }
}
