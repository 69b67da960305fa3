import Plot
import Vapor

/// A call's pipeline for its office and the programme's bodies: how many applications are at each step (each a link
/// that narrows the list), and a page of applications with lead, funding requested, state and mean score.
/// Drafts are only counted.
struct PipelinePage {
    /// One application as the list shows it.
    struct Row {
        var id: Int
        var title: String
        /// The lead applicant's name, when the consortium has a lead.
        var leadName: String?
        var requestedCents: Int64?
        var state: ApplicationState
        /// The mean of its submitted reviews' weighted totals (thousandths of a point), once it has one.
        var mean: Int64?
    }

    var callID: Int
    var callTitle: CallTitle
    var applications: [Row]
    /// Per state, for the states this reader sees.
    var counts: [ApplicationState: Int]
    var drafts: Int
    var state: ApplicationState?
    var paging: Paging
    /// How many the list has in all (all its pages).
    var total: Int

    func render(_ context: PageContext) -> Response {
        let id = callID
        let title = context.t("call.pipelineTitle", ["call": callTitle.numbered(context.language)])
        let states = ApplicationState.allCases.filter { counts[$0] != nil }
        return Layout.page(
            context, title: title,
            main: .div(
                Breadcrumbs(
                    steps: [(title: callTitle.numbered(context.language), href: context.link(.call(id)))],
                    current: context.t("call.pipeline")
                ).render(context),
                .h1(.text(title)),
                .p(.text(context.t("call.draftsCount", count: drafts))),
                DataTable(
                    caption: context.t("call.byState"), columns: [context.t("call.state"), context.t("call.applications")], numeric: [1],
                    rows: states.map {
                        [
                            .link(context.t($0.labelKey), href: context.link(.callApplications(id), query: ["state": $0.rawValue])),
                            .number("\(counts[$0] ?? 0)"),
                        ]
                    },
                    footer: [.text(context.t("dashboard.total")), .number("\(counts.values.reduce(0, +))")]
                ).render(),
                .section(
                    .h2(.text(state.map { context.t($0.labelKey) } ?? context.t("call.applications"))),
                    .if(state != nil, .p(.a(.href(context.link(.callApplications(id))), .text(context.t("call.allStates"))))),
                    applications.isEmpty
                        ? .p(.text(context.t("call.noApplications")))
                        : DataTable(
                            caption: context.t("call.applicationsCaption"),
                            columns: [
                                context.t("application.title"), context.t("applicantRole.lead"), context.t("application.requested"),
                                context.t("call.state"), context.t("ranking.mean"),
                            ],
                            numeric: [2, 4],
                            rows: applications.map { application in
                                [
                                    .link(application.title, href: context.link(.application(application.id))),
                                    .text(application.leadName ?? "–"),
                                    .number(application.requestedCents.map { FixedPoint.euros($0, context.language) } ?? context.t("value.unknown")),
                                    .text(context.t(application.state.labelKey)),
                                    .number(application.mean.map { FixedPoint.quantity.formatted($0, context.language) } ?? "–"),
                                ]
                            }
                        ).render(),
                    pager(context)),
                .p(.a(.href("/api/v1/calls/\(id)/applications?format=csv"), .text(context.t("call.applicationsCsv"))))
            ))
    }

    private func pager(_ context: PageContext) -> Node<HTML.BodyContext> {
        let query: [String: String?] = ["state": state?.rawValue]
        let previous = paging.offset > 0 ? max(0, paging.offset - paging.limit) : nil
        let next = paging.offset + paging.limit < total ? paging.offset + paging.limit : nil
        guard previous != nil || next != nil else { return .empty }
        let link = { (offset: Int) in context.link(.callApplications(callID), query: query.merging(["offset": "\(offset)"]) { $1 }) }
        return .nav(
            .class("pager"), .attribute(named: "aria-label", value: context.t("pagination.label")),
            .unwrap(previous) { .a(.href(link($0)), .text(context.t("pagination.previous"))) },
            .p(
                .text(
                    context.t(
                        "pagination.position",
                        ["page": "\(paging.offset / paging.limit + 1)", "count": "\(max(1, (total + paging.limit - 1) / paging.limit))"]))),
            .unwrap(next) { .a(.href(link($0)), .text(context.t("pagination.next"))) })
    }
}
