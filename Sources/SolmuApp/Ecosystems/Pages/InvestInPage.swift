import Plot
import Vapor

/// WP2's Invest-in profile: the public page a city sends to a company or research group it wants to attract —
/// its strengths, its actors, what it is looking for, and whom to contact.
struct InvestInPage {
    /// Whom to contact; e-mail and phone only when the person agreed to their being shown.
    struct Contact {
        var name: String
        var title: LocalizedText
        var email: String?
        var phone: String?
    }

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

    func render(_ context: PageContext) -> Response {
        let language = context.language
        let title = context.t("investIn.title", ["name": name])
        return Layout.page(
            context, title: title,
            main: .article(
                .class("invest-in"),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t("investIn.lead", ["places": places]))),
                .section(.h2(.text(context.t("investIn.strengths"))), LocalizedNode.text(strengths, context)),
                .section(
                    .h2(.text(context.t("investIn.lookingFor"))),
                    wanted.isEmpty
                        ? .p(.text(context.t("value.notGiven")))
                        : .ul(
                            .class("tags"),
                            .forEach(wanted) {
                                .li(.text($0))
                            })),
                .section(
                    .h2(.text(context.t("investIn.actors", ["count": Formatting.integer(actorCount)]))),
                    OrganizationSummary.list(actors, context)),
                .section(
                    .h2(.text(context.t("investIn.contact"))),
                    contact.map { person in
                        .p(
                            .strong(.text(person.name)),
                            .unwrap(person.title.resolved(language)) { .text(", \($0.text)") },
                            .unwrap(person.email) { email in .group(.br(), .a(.href("mailto:\(email)"), .text(email))) },
                            .unwrap(person.phone) { phone in .group(.br(), .a(.href("tel:\(phone)"), .text(phone))) })
                    } ?? .p(.text(coordinatorName.map { context.t("investIn.contactCoordinator", ["name": $0]) } ?? context.t("value.notGiven"))))
            ))
    }

}
