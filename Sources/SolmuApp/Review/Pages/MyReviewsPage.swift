import Plot
import Vapor

/// "My assessments": what the reviewer has been assigned, what is waiting for a declaration or scores, what is done.
struct MyReviewsPage {
    /// One assessment as the list shows it.
    struct Row {
        var id: Int
        var applicationTitle: String
        var state: Review.State
        /// The weighted total in thousandths of a point, once submitted.
        var total: Int64?
    }

    var assessments: [Row]

    func render(_ context: PageContext) -> Response {
        Layout.page(
            context, title: context.t("my.assessments"),
            main: .div(
                .h1(.text(context.t("my.assessments"))),
                assessments.isEmpty
                    ? .p(.text(context.t("my.noAssessments")))
                    : DataTable(
                        caption: context.t("my.assessmentsCaption"),
                        columns: [context.t("application.title"), context.t("call.state"), context.t("assessment.total")], numeric: [2],
                        rows: assessments.map { assessment in
                            [
                                .link(assessment.applicationTitle, href: context.link(.assessment(assessment.id))),
                                .text(context.t(assessment.state.labelKey)),
                                .number(assessment.total.map { FixedPoint.quantity.formatted($0, context.language) } ?? "–"),
                            ]
                        }
                    ).render()
            ))
    }
}
