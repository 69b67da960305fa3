import Plot
import Vapor

/// The questionnaire's versions for admins: published ones are frozen, a draft is edited and then published.
struct InstrumentsPage {
    /// One version in the list.
    struct Row {
        var id: Int
        var version: Int
        var name: LocalizedText
        /// Nil for a draft.
        var publishedAt: Date?
    }

    var versions: [Row]

    func render(_ context: PageContext) -> Response {
        let title = context.t("questionnaire.versions")
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("selfAssessment.title"), href: context.link(.selfAssessment))],
                    current: title
                ).render(context),
                .h1(.text(title)),
                .p(.text(context.t("questionnaire.lead"))),
                DataTable(
                    caption: title, columns: [context.t("questionnaire.version"), context.t("questionnaire.name"), context.t("questionnaire.state")],
                    numeric: [],
                    rows: versions.map { version in
                        [
                            .link("\(version.version)", href: context.link(.instrumentVersion(version.id))),
                            .text(version.name.display(context.language)),
                            .text(
                                version.publishedAt.map { context.t("questionnaire.publishedOn", ["date": Formatting.date($0, context.language)]) }
                                    ?? context.t("questionnaire.draft")),
                        ]
                    }
                ).render()
            ))
    }
}
