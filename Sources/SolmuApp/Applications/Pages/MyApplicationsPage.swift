import Plot
import Vapor

/// "My applications": every application the signed-in user is of the consortium of, with its call and state.
struct MyApplicationsPage {
    var applications: [FundingApplication]

    func render(_ context: PageContext) -> Response {
        Layout.page(context, title: context.t("my.applications"), main: .div(
            .h1(.text(context.t("my.applications"))),
            applications.isEmpty ? .p(.text(context.t("my.noApplications")), .text(" "), .a(.href(context.link(.calls)), .text(context.t("calls.title")))) :
            DataTable(caption: context.t("my.applicationsCaption"),
                      columns: [context.t("application.title"), context.t("call.title"), context.t("call.closesAt"), context.t("call.state")],
                      rows: applications.map { application in
                          [.link(application.title, href: context.link(.application(application.id ?? 0))),
                           .link(application.call.numberedTitle(context.language), href: context.link(.call(application.$call.id))),
                           .text(Formatting.dateTime(application.call.closesAt, context.language)),
                           .text(context.t(application.state.labelKey))]
                      }).render()
        ))
    }
}
