import Plot
import Vapor

/// One organisation: what it is, where, what it can do, and whom to contact.
struct OrganizationPage {
    struct Contact {
        var id: Int
        var name: String
        var title: String?
        var email: String?
        var phone: String?
    }

    var organization: Organization
    var contacts: [Contact]
    /// The projects the organisation carries out, with its role in each.
    var projects: [ProjectImplementer] = []

    func render(_ context: PageContext) -> Response {
        let o = organization
        let language = context.language
        let description = o.description.resolved(language)
        let municipality = o.municipality
        return Layout.page(context, title: o.name, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.organizations)), .text(context.t("atlas.search.title")))), .li(.text(o.name)))),
            .h1(.text(o.name)),
            .dl(.class("facts"),
                .dt(.text(context.t("organization.type"))), .dd(.text(context.t(o.type.labelKey))),
                .dt(.text(context.t("organization.businessId"))), .dd(.text(o.businessID ?? context.t("value.notGiven"))),
                .dt(.text(context.t("organization.municipality"))),
                .dd(municipality.map { .a(.href(context.link(.municipality($0.id ?? ""))), .text($0.name(language))) } ?? .text(context.t("value.notGiven"))),
                .dt(.text(context.t("organization.region"))),
                .dd(municipality.map { .a(.href(context.link(.region($0.$region.id))), .text($0.region.name(language))) } ?? .text(context.t("value.notGiven"))),
                .dt(.text(context.t("organization.website"))),
                .dd(o.website.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text(context.t("value.notGiven"))),
                .unwrap(o.foundedYear) { year in .group(.dt(.text(context.t("organization.foundedYear"))), .dd(.text("\(year)"))) },
                .unwrap(o.sector) { sector in .group(.dt(.text(context.t("organization.sector"))), .dd(.text(sector))) },
                .unwrap(o.stage) { stage in .group(.dt(.text(context.t("organization.stage"))), .dd(.text(context.t(stage.labelKey)))) }
            ),
            .section(
                .h2(.text(context.t("organization.description"))),
                description.map { text in
                    .p(.attribute(named: "lang", value: text.language == language ? nil : text.language.rawValue), .text(text.text))
                } ?? .p(.text(context.t("value.notGiven"))),
                .if(description != nil && description?.language != language,
                    .p(.class("note"), .text(context.t("organization.descriptionFallback"))))
            ),
            .section(
                .h2(.text(context.t("organization.competences"))),
                o.competences.isEmpty ? .p(.text(context.t("value.notGiven"))) :
                    .ul(.class("tags"), .forEach(o.competences.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }) { competence in
                        .li(.a(.href(context.link(.organizations, query: ["competence": competence.id])), .text(competence.name(language))))
                    })
            ),
            .section(
                .h2(.text(context.t("organization.contacts"))),
                contacts.isEmpty ? .p(.text(context.t("organization.noContacts"))) :
                    .ul(.class("contacts"), .forEach(contacts) { contact in
                        .li(
                            .strong(.text(contact.name)),
                            .unwrap(contact.title) { .span(.text(", \($0)")) },
                            .unwrap(contact.email) { email in .group(.br(), .a(.href("mailto:\(email)"), .text(email))) },
                            .unwrap(contact.phone) { phone in .group(.br(), .a(.href("tel:\(phone)"), .text(phone))) },
                            .if(context.user != nil, .group(.text(" "), .a(.href(context.link(.editPerson(contact.id))),
                                .text(context.t("person.edit")), .span(.class("visually-hidden"), .text(": \(contact.name)")))))
                        )
                    })
            ),
            .unwrap(projects.isEmpty ? nil : projects) { projects in
                .section(.h2(.text(context.t("organization.projects"))),
                    .ul(.forEach(projects) { implementer in
                        .li(.a(.href(context.link(.project(implementer.$project.id))), .text(implementer.project.name.display(context.language))),
                            .text(" – " + context.t(implementer.role.labelKey) + ", " + context.t(implementer.project.status.labelKey)))
                    }))
            },
            editorActions(context)
        ))
    }

    private func editorActions(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard context.user != nil, let id = organization.id else { return .empty }
        return .section(.class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
            .a(.class("button"), .href(context.link(.editOrganization(id))), .text(context.t("organization.edit"))),
            .a(.class("button button--secondary"), .href(context.link(.newPerson, query: ["organization": "\(id)"])), .text(context.t("person.new"))),
            .a(.class("button button--danger"), .href(context.link(.deleteOrganization(id))), .text(context.t("organization.delete")))
        )
    }
}
