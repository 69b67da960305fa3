import Plot
import Vapor

/// WP2's Invest-in profile: the public page a city sends to a company or research group it wants to attract —
/// its strengths, its actors, what it is looking for, and whom to contact. A part not yet written is left out; its
/// coordinator sees instead a line with the link to write it.
struct InvestInPage {
    /// Whom to contact; e-mail and phone only when the person agreed to their being shown.
    struct Contact {
        var name: String
        var title: LocalizedText
        var email: String?
        var phone: String?
    }

    var id: Int
    var name: String
    /// Its municipalities' names in the page's language, in order, joined.
    var places: String
    var strengths: LocalizedText
    /// The competences it is looking for, named in the page's language, in order.
    var wanted: [String]
    var actors: [OrganizationSummary]
    var actorCount: Int
    var contact: Contact?
    /// The coordinating organisation's name: whom to contact when no person is named.
    var coordinatorName: String?
    /// The viewer keeps the ecosystem: an empty part shows what is missing and where to add it.
    var canEdit: Bool

    func render(_ context: PageContext) -> Response {
        let title = context.t("investIn.title", ["name": name])
        let edit = context.link(.editEcosystem(id))
        return Layout.page(
            context, title: title,
            main: .article(
                .class("invest-in"),
                Breadcrumbs(
                    steps: [
                        (title: context.t("ecosystems.title"), href: context.link(.ecosystems)), (title: name, href: context.link(.ecosystem(id))),
                    ],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("investIn.lead", ["places": places]))),
                strengths.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "investIn.noStrengths", add: ("investIn.addStrengths", edit), context)
                    : .section(.h2(.text(context.t("investIn.strengths"))), LocalizedNode.text(strengths, context)),
                wanted.isEmpty
                    ? MissingLine.render(mayEdit: canEdit, "ecosystem.noWanted", add: ("ecosystem.addWanted", edit), context)
                    : .section(.h2(.text(context.t("investIn.lookingFor"))), .ul(.class("tags"), .forEach(wanted) { .li(.text($0)) })),
                .if(
                    !actors.isEmpty,
                    .section(
                        .h2(.text(context.t("investIn.actors", ["count": Formatting.integer(actorCount)]))),
                        OrganizationSummary.list(actors, context))),
                contactSection(context, edit: edit)
            ))
    }

    /// The contact person, or the coordinating organisation when no person is named.
    private func contactSection(_ context: PageContext, edit: String) -> Node<HTML.BodyContext> {
        let heading: Node<HTML.BodyContext> = .h2(.text(context.t("investIn.contact")))
        if let person = contact {
            return .section(
                heading,
                .p(
                    .strong(.text(person.name)),
                    .unwrap(person.title.resolved(context.language)) { .text(", \($0.text)") },
                    .unwrap(person.email) { email in .group(.br(), .a(.href("mailto:\(email)"), .text(email))) },
                    .unwrap(person.phone) { phone in .group(.br(), .a(.href("tel:\(phone)"), .text(phone))) }))
        }
        if let coordinatorName {
            return .section(heading, .p(.text(context.t("investIn.contactCoordinator", ["name": coordinatorName]))))
        }
        return MissingLine.render(mayEdit: canEdit, "investIn.noContact", add: ("investIn.addContact", edit), context)
    }
}
