import Plot
import Vapor

/// "My applications": every application the signed-in user is of the consortium of, with its call and state.
struct MyApplicationsPage {
    /// One application as the list shows it.
    struct Row {
        var id: Int
        var title: String
        var callID: Int
        var callTitle: CallTitle
        var callClosesAt: Date
        var state: ApplicationState
    }

    var applications: [Row]

    func render(_ context: PageContext) -> Response {
        Layout.page(
            context, title: context.t("my.applications"),
            main: .div(
                .h1(.text(context.t("my.applications"))),
                applications.isEmpty
                    ? .p(.text(context.t("my.noApplications")), .text(" "), .a(.href(context.link(.calls)), .text(context.t("calls.title"))))
                    : DataTable(
                        caption: context.t("my.applicationsCaption"),
                        columns: [context.t("application.title"), context.t("call.title"), context.t("call.closesAt"), context.t("call.state")],
                        rows: applications.map { application in
                            [
                                .link(application.title, href: context.link(.application(application.id))),
                                .link(application.callTitle.numbered(context.language), href: context.link(.call(application.callID))),
                                .text(Formatting.dateTime(application.callClosesAt, context.language)),
                                .text(context.t(application.state.labelKey)),
                            ]
                        }
                    ).render()
            ))
    }
}
