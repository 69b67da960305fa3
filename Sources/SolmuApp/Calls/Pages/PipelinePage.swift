import Plot
import Vapor

/// A call's pipeline for its office and the programme's bodies: how many applications are at each step, and each
/// application with its lead, the funding it requests, its state and its mean score. Drafts are only counted.
struct PipelinePage {
    var call: Call
    var applications: [FundingApplication]
    var drafts: Int
    var means: [Int: Int64]

    func render(_ context: PageContext) -> Response {
        let title = context.t("call.pipelineTitle", ["call": CallsPage.title(call, context)])
        let counts = Dictionary(grouping: applications, by: \.state).mapValues(\.count)
        let states = ApplicationState.allCases.filter { $0 != .draft && counts[$0] != nil }
        return Layout.page(context, title: title, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.call(call.id ?? 0))), .text(CallsPage.title(call, context)))), .li(.text(context.t("call.pipeline"))))),
            .h1(.text(title)),
            .p(.text(context.t("call.draftsCount", count: drafts))),
            DataTable(caption: context.t("call.byState"), columns: [context.t("call.state"), context.t("call.applications")], numeric: [1],
                      rows: states.map { [.text(context.t($0.labelKey)), .number("\(counts[$0] ?? 0)")] },
                      footer: [.text(context.t("dashboard.total")), .number("\(applications.count)")]).render(),
            .section(.h2(.text(context.t("call.applications"))),
                applications.isEmpty ? .p(.text(context.t("call.noApplications"))) :
                DataTable(caption: context.t("call.applicationsCaption"),
                          columns: [context.t("application.title"), context.t("applicantRole.lead"), context.t("application.requested"),
                                    context.t("call.state"), context.t("ranking.mean")],
                          numeric: [2, 4],
                          rows: applications.map { application in
                              [.link(application.title, href: context.link(.application(application.id ?? 0))),
                               .text(application.lead?.organization.name ?? "–"),
                               .number(application.requestedCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown")),
                               .text(context.t(application.state.labelKey)),
                               .number(means[application.id ?? 0].map { FixedPoint.quantity.formatted($0, context.language) } ?? "–")]
                          }).render()),
            .p(.a(.href("/api/v1/calls/\(call.id ?? 0)/applications?format=csv"), .text(context.t("call.applicationsCsv"))))
        ))
    }
}
