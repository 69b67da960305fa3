import Plot
import Vapor

/// One organisation: what it is, where, what it can do, and whom to contact. A section with nothing in it is left out;
/// whoever keeps the organisation sees instead a line with the link to add what is missing.
struct OrganizationPage {
    struct Contact {
        var id: Int
        var name: String
        var title: String?
        var email: String?
        var phone: String?
    }

    /// A municipality or region the organisation is in, named in the page's language.
    struct Place {
        var code: String
        var name: String
    }

    /// A competence, named in the page's language.
    struct Tag {
        var id: String
        var name: String
    }

    /// A project the organisation carries out, with its role in it.
    struct ProjectRow {
        var id: Int
        var name: LocalizedText
        var role: ProjectImplementer.Role
        var status: Project.Status
    }

    var id: Int
    var name: String
    var type: OrganizationType
    var businessID: String?
    var municipality: Place?
    var region: Place?
    var website: String?
    var foundedYear: Int?
    var sector: String?
    var stage: StartupStage?
    var description: LocalizedText
    /// In alphabetical order.
    var competences: [Tag]
    var contacts: [Contact]
    /// The projects the organisation carries out, with its role in each.
    var projects: [ProjectRow] = []
    /// The viewer keeps the organisation's records (`AtlasAccess`): empty sections say what is missing.
    var canEdit: Bool = false

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let description = self.description.resolved(language)
        return Layout.page(
            context, title: name,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("atlas.search.title"), href: context.link(.organizations))],
                    current: name
                ).render(context),
                .h1(.text(name)),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t("organization.type"))), .dd(.text(context.t(type.labelKey))),
                    .dt(.text(context.t("organization.businessId"))), .dd(.text(businessID ?? context.t("value.notGiven"))),
                    .dt(.text(context.t("organization.municipality"))),
                    .dd(municipality.map { .a(.href(context.link(.municipality($0.code))), .text($0.name)) } ?? .text(context.t("value.notGiven"))),
                    .dt(.text(context.t("organization.region"))),
                    .dd(region.map { .a(.href(context.link(.region($0.code))), .text($0.name)) } ?? .text(context.t("value.notGiven"))),
                    .dt(.text(context.t("organization.website"))),
                    .dd(website.map { .a(.href($0), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .text(context.t("value.notGiven"))),
                    .unwrap(foundedYear) { year in .group(.dt(.text(context.t("organization.foundedYear"))), .dd(.text("\(year)"))) },
                    .unwrap(sector) { sector in .group(.dt(.text(context.t("organization.sector"))), .dd(.text(sector))) },
                    .unwrap(stage) { stage in .group(.dt(.text(context.t("organization.stage"))), .dd(.text(context.t(stage.labelKey)))) }
                ),
                description.map { text -> Node<HTML.BodyContext> in
                    .section(
                        .h2(.text(context.t("organization.description"))),
                        .p(.attribute(named: "lang", value: text.language == language ? nil : text.language.rawValue), .text(text.text)),
                        .if(text.language != language, .p(.class("note"), .text(context.t("organization.descriptionFallback")))))
                }
                    ?? MissingLine.render(
                        mayEdit: canEdit, "organization.noDescription", add: ("organization.addDescription", context.link(.editOrganization(id))),
                        context),
                competences.isEmpty
                    ? MissingLine.render(
                        mayEdit: canEdit, "organization.noCompetences", add: ("organization.addCompetences", context.link(.editOrganization(id))),
                        context)
                    : .section(
                        .h2(.text(context.t("organization.competences"))),
                        .ul(
                            .class("tags"),
                            .forEach(competences) { competence in
                                .li(.a(.href(context.link(.organizations, query: ["competence": competence.id])), .text(competence.name)))
                            })
                    ),
                contacts.isEmpty
                    ? MissingLine.render(
                        mayEdit: canEdit, "organization.noContacts",
                        add: ("person.new", context.link(.newPerson, query: ["organization": "\(id)"])), context)
                    : .section(
                        .h2(.text(context.t("organization.contacts"))),
                        .ul(
                            .class("contacts"),
                            .forEach(contacts) { contact in
                                .li(
                                    .strong(.text(contact.name)),
                                    .unwrap(contact.title) { .span(.text(", \($0)")) },
                                    .unwrap(contact.email) { email in .group(.br(), .a(.href("mailto:\(email)"), .text(email))) },
                                    .unwrap(contact.phone) { phone in .group(.br(), .a(.href("tel:\(phone)"), .text(phone))) },
                                    .if(
                                        context.user != nil,
                                        .group(
                                            .text(" "),
                                            .a(
                                                .href(context.link(.editPerson(contact.id))),
                                                .text(context.t("person.edit")), .span(.class("visually-hidden"), .text(": \(contact.name)")))))
                                )
                            })
                    ),
                .unwrap(projects.isEmpty ? nil : projects) { projects in
                    .section(
                        .h2(.text(context.t("organization.projects"))),
                        .ul(
                            .forEach(projects) { project in
                                .li(
                                    .a(.href(context.link(.project(project.id))), .text(project.name.display(context.language))),
                                    .text(" – " + context.t(project.role.labelKey) + ", " + context.t(project.status.labelKey)))
                            }))
                },
                editorActions(context)
            ))
    }

    private func editorActions(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard context.user != nil else { return .empty }
        return .section(
            .class("actions"), .attribute(named: "aria-label", value: context.t("organization.actions")),
            .a(.class("button"), .href(context.link(.editOrganization(id))), .text(context.t("organization.edit"))),
            .a(.class("button button--secondary"), .href(context.link(.newPerson, query: ["organization": "\(id)"])), .text(context.t("person.new"))),
            .a(.class("button button--danger"), .href(context.link(.deleteOrganization(id))), .text(context.t("organization.delete")))
        )
    }
}
