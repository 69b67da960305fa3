import Plot
import Vapor

/// WP2's Invest-in profile: the public page a city sends to a company or research group it wants to attract —
/// its strengths, its actors, what it is looking for, and whom to contact.
struct InvestInPage {
    var ecosystem: Ecosystem
    var actors: [OrganizationSummary]
    var actorCount: Int

    func render(_ context: PageContext) -> Response {
        let e = ecosystem
        let language = context.language
        let title = context.t("investIn.title", ["name": e.name])
        return Layout.page(context, title: title, main: .article(.class("invest-in"),
            .h1(.text(title)),
            .p(.class("lead"), .text(context.t("investIn.lead", ["places": e.municipalities.map { $0.name(language) }.sorted().joined(separator: ", ")]))),
            .section(.h2(.text(context.t("investIn.strengths"))), LocalizedNode.text(e.strengths, context)),
            .section(.h2(.text(context.t("investIn.lookingFor"))),
                e.wantedCompetences.isEmpty ? .p(.text(context.t("value.notGiven"))) :
                    .ul(.class("tags"), .forEach(e.wantedCompetences.sorted { $0.name(language).finnishOrder < $1.name(language).finnishOrder }) {
                        .li(.text($0.name(language)))
                    })),
            .section(.h2(.text(context.t("investIn.actors", ["count": Formatting.integer(actorCount)]))),
                OrganizationSummary.list(actors, context)),
            .section(.h2(.text(context.t("investIn.contact"))),
                e.contactPerson.map { person in
                    .p(.strong(.text(person.name)),
                       .unwrap(person.title.resolved(language)) { .text(", \($0.text)") },
                       .unwrap(person.contactConsent ? person.email : nil) { email in .group(.br(), .a(.href("mailto:\(email)"), .text(email))) },
                       .unwrap(person.contactConsent ? person.phone : nil) { phone in .group(.br(), .a(.href("tel:\(phone)"), .text(phone))) })
                } ?? .p(.text(e.coordinator.map { context.t("investIn.contactCoordinator", ["name": $0.name]) } ?? context.t("value.notGiven"))))
        ))
    }

}
