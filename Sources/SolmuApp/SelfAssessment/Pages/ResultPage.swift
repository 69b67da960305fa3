import Plot
import Vapor

/// A completed assessment's result: the overall score, the radar chart with its table, the strongest and weakest
/// dimensions, advice for the weak ones and the comparison with peers. Behind the private link it also lets the
/// assessor publish the result (with the owner's consent) or keep the platform among their own; published, the
/// same page is public. Printable: the print style leaves the controls out.
struct ResultPage {
    enum Mode {
        /// Behind the private link; `canKeep` when a signed-in visitor may take the platform among theirs.
        case privateLink(token: String, canKeep: Bool)
        case published
    }

    var assessment: PlatformAssessment
    var result: AssessmentResult
    var mode: Mode
    var state = FormState()

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let platform = assessment.platform
        let title = context.t("assessmentResult.title", ["name": platform.name])
        let maximum = Double(InstrumentContent.levels.upperBound)
        func score(_ value: Int?) -> String { value.map { Scoring.text($0, language) } ?? context.t("assessmentResult.notScored") }
        let axes = result.dimensions.map { $0.dimension.name.display(language) }
        var series = [RadarChart.Series(name: platform.name, values: result.dimensions.map { Scoring.value($0.score) },
                                        valueTexts: result.dimensions.map { score($0.score) })]
        if result.peersShown {
            series.append(RadarChart.Series(name: context.t("assessmentResult.peerMedian"), values: result.dimensions.map { Scoring.value($0.peers?.median) },
                                            valueTexts: result.dimensions.map { $0.peers.map { Scoring.text($0.median, language) } ?? "–" }))
        }
        /// The peers' lower quartile, median and upper quartile (dashes where a dimension has too few), when peers are shown.
        func peerCells(_ quartiles: Quartiles?) -> [DataTable.Cell] {
            guard result.peersShown else { return [] }
            return [quartiles?.lower, quartiles?.median, quartiles?.upper].map { .number($0.map { Scoring.text($0, language) } ?? "–") }
        }
        let peerColumns = result.peersShown ? [context.t("assessmentResult.peerLower"), context.t("assessmentResult.peerMedian"), context.t("assessmentResult.peerUpper")] : []
        let table = DataTable(
            caption: context.t("assessmentResult.byDimension"),
            columns: [context.t("assessmentResult.dimension"), context.t("assessmentResult.score"), context.t("assessmentResult.known")] + peerColumns,
            numeric: Set(1..<(3 + peerColumns.count)),
            rows: result.dimensions.map { dimension in
                [.text(dimension.dimension.name.display(language)), .number(score(dimension.score)),
                 .number(context.t("assessmentResult.knownOf", ["known": "\(dimension.known)", "total": "\(dimension.total)"]))]
                + peerCells(dimension.peers)
            },
            footer: [.text(context.t("assessmentResult.overall")), .number(score(result.overall)), .text("")]
                + peerCells(result.overallPeers))
        let names = { (dimensions: [AssessmentResult.Dimension]) in dimensions.map { $0.dimension.name.display(language) }.joined(separator: ", ") }
        return Layout.page(context, title: title, status: status, main: .div(
            .nav(.class("breadcrumbs"), .attribute(named: "aria-label", value: context.t("breadcrumbs.label")),
                 .ol(.li(.a(.href(context.link(.selfAssessment)), .text(context.t("selfAssessment.title")))), .li(.text(platform.name)))),
            .h1(.text(title)),
            PlatformFacts(platform: platform, instrument: assessment.instrument).render(context),
            .p(.class("result-overall"), .text(context.t("assessmentResult.overallText", ["score": score(result.overall), "maximum": "4"]))),
            .p(.text(context.t("assessmentResult.scale"))),
            .section(.h2(.text(context.t("assessmentResult.byDimension"))),
                ChartAndTable.render(svg: RadarChart.svg(id: "radar", title: context.t("assessmentResult.radarTitle", ["name": platform.name]), axes: axes,
                                                         maximum: maximum, series: series), table: table)),
            .section(.h2(.text(context.t("assessmentResult.strengths"))),
                .p(.text(context.t("assessmentResult.strongest", ["dimensions": names(result.strongest)]))),
                .p(.text(context.t("assessmentResult.weakest", ["dimensions": names(result.weakest)])))),
            .section(.h2(.text(context.t("assessmentResult.advice"))),
                .p(.text(context.t("assessmentResult.adviceHint"))),
                .forEach(result.advised) { dimension in
                    .div(.class("advice"),
                        .h3(.text("\(dimension.dimension.name.display(language)) (\(score(dimension.score)))")),
                        .ul(.forEach(dimension.dimension.orderedAdvice) { .li(.text($0.text.display(language))) }))
                }),
            .section(.h2(.text(context.t("assessmentResult.peers"))),
                .p(.text(result.peersShown
                    ? context.t("assessmentResult.peersShown", count: result.peerCount, ["count": Formatting.integer(result.peerCount)])
                    : context.t("assessmentResult.peersTooFew", ["minimum": "\(PeerGroup.minimumSize)", "count": Formatting.integer(result.peerCount)])))),
            controls(context)
        ))
    }

    private func controls(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard case .privateLink(let token, let canKeep) = mode else {
            return .p(.a(.href("/api/v1/self-assessment/results/\(assessment.id ?? 0)"), .text(context.t("assessmentResult.json"))))
        }
        let consentError = state.errors["ownerConsent"]
        return .group(
            .section(.class("publication"), .h2(.text(context.t("assessmentResult.publication"))),
                .p(.text(context.t(assessment.published ? "assessmentResult.isPublished" : "assessmentResult.isPrivate"))),
                .if(assessment.published, .p(.a(.href(context.link(.publishedAssessment(assessment.id ?? 0))), .text(context.t("assessmentResult.publicPage"))))),
                .form(.action(context.link(.assessmentPublication(token))), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: PublicationForm.labels(context)),
                    .if(!assessment.published, .group(
                        .input(.type(.hidden), .name("published"), .value("true")),
                        .div(.class(consentError == nil ? "field checkbox" : "field checkbox field--error"),
                             .unwrap(consentError) { .p(.class("field__error"), .id("field-ownerConsent-error"), .text(context.t($0))) },
                             .input(.type(.checkbox), .id("field-ownerConsent"), .name("ownerConsent"), .value("true"),
                                    .attribute(named: "aria-describedby", value: consentError == nil ? nil : "field-ownerConsent-error")),
                             .label(.attribute(named: "for", value: "field-ownerConsent"), .text(context.t(PublicationForm.field(.ownerConsent).labelKey)))),
                        .button(.type(.submit), .class("button"), .text(context.t("assessmentResult.publish"))))),
                    .if(assessment.published, .group(
                        .input(.type(.hidden), .name("published"), .value("false")),
                        .button(.type(.submit), .class("button button--secondary"), .text(context.t("assessmentResult.withdraw"))))))),
            .if(canKeep, .form(.action(context.link(.assessmentKeep(token))), .method(.post), FormFields.csrf(context.csrfToken),
                               .p(.text(context.t("assessmentResult.keepHint"))),
                               .button(.type(.submit), .class("button button--secondary"), .text(context.t("assessmentResult.keep"))))),
            .p(.a(.href(context.link(.platformAssessment(token))), .text(context.t("assessmentResult.backToAnswers"))))
        )
    }
}
