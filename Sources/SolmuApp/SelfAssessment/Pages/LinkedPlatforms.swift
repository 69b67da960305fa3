import Plot

/// The innovation platforms linked to an ecosystem or a network, as their pages show them: how many there are, the
/// published results by name (a private result stays private, even here), and for the group's coordinators the way to
/// its aggregates. Read by `load(_:on:)`.
struct LinkedPlatforms: Sendable {
    /// A platform's latest published result.
    struct Published: Sendable {
        /// The published assessment's id.
        var id: Int
        var platformName: String
        var overall: Int?
    }

    var linked: Int
    var published: [Published]

    /// `aggregates`: the link to the group's aggregates, for its coordinators.
    func render(_ context: PageContext, aggregates: String?) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(context.t("platforms.title"))),
            .p(.text(context.t("platforms.linked", count: linked, ["count": Formatting.integer(linked)]))),
            .if(
                !published.isEmpty,
                .ul(
                    .forEach(published) { assessment in
                        .li(
                            .a(.href(context.link(.publishedAssessment(assessment.id))), .text(assessment.platformName)),
                            .text(
                                " – " + context.t("selfAssessment.overall") + " "
                                    + (assessment.overall.map { Scoring.text($0, context.language) } ?? "–")))
                    })),
            .p(
                .a(.href(context.link(.selfAssessment)), .text(context.t("platforms.assess"))),
                .unwrap(aggregates) { .group(.text(" · "), .a(.href($0), .text(context.t("aggregates.title")))) }))
    }
}
