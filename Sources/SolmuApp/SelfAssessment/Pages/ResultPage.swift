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

    /// One dimension's score, how many of its statements had a level, and the peers' quartiles in it.
    struct Dimension {
        var name: LocalizedText
        var score: Int?
        /// Statements with a level, of `total`.
        var known: Int
        var total: Int
        /// The peers' quartiles in this dimension, when there are enough peers.
        var peers: Quartiles?
    }

    /// A dimension that gets advice: its name, its score and the advice in order.
    struct Advised {
        var name: LocalizedText
        var score: Int?
        var advice: [LocalizedText]
    }

    var assessmentId: Int
    var platformName: String
    var facts: PlatformFacts
    var published: Bool
    /// Every dimension in questionnaire order.
    var dimensions: [Dimension]
    var overall: Int?
    /// The names of the strongest and the weakest dimensions (ties all named).
    var strongest: [LocalizedText]
    var weakest: [LocalizedText]
    /// The dimensions that get advice, weakest first.
    var advised: [Advised]
    /// Other platforms with a completed assessment under the same version.
    var peerCount: Int
    var peersShown: Bool
    var overallPeers: Quartiles?
    var mode: Mode
    var state = FormState()

    func render(_ context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let language = context.language
        let title = context.t("assessmentResult.title", ["name": platformName])
        let maximum = Double(InstrumentContent.levels.upperBound)
        func score(_ value: Int?) -> String { value.map { Scoring.text($0, language) } ?? context.t("assessmentResult.notScored") }
        let axes = dimensions.map { $0.name.display(language) }
        var series = [
            RadarChart.Series(
                name: platformName, values: dimensions.map { Scoring.value($0.score) },
                valueTexts: dimensions.map { score($0.score) })
        ]
        if peersShown {
            series.append(
                RadarChart.Series(
                    name: context.t("assessmentResult.peerMedian"), values: dimensions.map { Scoring.value($0.peers?.median) },
                    valueTexts: dimensions.map { $0.peers.map { Scoring.text($0.median, language) } ?? "–" }))
        }
        /// The peers' lower quartile, median and upper quartile (dashes where a dimension has too few), when peers are shown.
        func peerCells(_ quartiles: Quartiles?) -> [DataTable.Cell] {
            guard peersShown else { return [] }
            return [quartiles?.lower, quartiles?.median, quartiles?.upper].map { .number($0.map { Scoring.text($0, language) } ?? "–") }
        }
        let peerColumns =
            peersShown
            ? [context.t("assessmentResult.peerLower"), context.t("assessmentResult.peerMedian"), context.t("assessmentResult.peerUpper")] : []
        let table = DataTable(
            caption: context.t("assessmentResult.byDimension"),
            columns: [context.t("assessmentResult.dimension"), context.t("assessmentResult.score"), context.t("assessmentResult.known")]
                + peerColumns,
            numeric: Set(1..<(3 + peerColumns.count)),
            rows: dimensions.map { dimension in
                [
                    .text(dimension.name.display(language)), .number(score(dimension.score)),
                    .number(context.t("assessmentResult.knownOf", ["known": "\(dimension.known)", "total": "\(dimension.total)"])),
                ]
                    + peerCells(dimension.peers)
            },
            footer: [.text(context.t("assessmentResult.overall")), .number(score(overall)), .text("")]
                + peerCells(overallPeers))
        let names = { (texts: [LocalizedText]) in texts.map { $0.display(language) }.joined(separator: ", ") }
        return Layout.page(
            context, title: title, status: status,
            main: .div(
                Breadcrumbs(
                    steps: [(title: context.t("selfAssessment.title"), href: context.link(.selfAssessment))],
                    current: platformName
                ).render(context),
                .h1(.text(title)),
                facts.render(context),
                .p(.class("result-overall"), .text(context.t("assessmentResult.overallText", ["score": score(overall), "maximum": "4"]))),
                .p(.text(context.t("assessmentResult.scale"))),
                .section(
                    .h2(.text(context.t("assessmentResult.byDimension"))),
                    ChartAndTable.render(
                        svg: RadarChart.svg(
                            id: "radar", title: context.t("assessmentResult.radarTitle", ["name": platformName]), axes: axes,
                            maximum: maximum, series: series), table: table)),
                .section(
                    .h2(.text(context.t("assessmentResult.strengths"))),
                    .p(.text(context.t("assessmentResult.strongest", ["dimensions": names(strongest)]))),
                    .p(.text(context.t("assessmentResult.weakest", ["dimensions": names(weakest)])))),
                .section(
                    .h2(.text(context.t("assessmentResult.advice"))),
                    .p(.text(context.t("assessmentResult.adviceHint"))),
                    .forEach(advised) { dimension in
                        .div(
                            .class("advice"),
                            .h3(.text("\(dimension.name.display(language)) (\(score(dimension.score)))")),
                            .ul(.forEach(dimension.advice) { .li(.text($0.display(language))) }))
                    }),
                .section(
                    .h2(.text(context.t("assessmentResult.peers"))),
                    .p(
                        .text(
                            peersShown
                                ? context.t("assessmentResult.peersShown", count: peerCount, ["count": Formatting.integer(peerCount)])
                                : context.t(
                                    "assessmentResult.peersTooFew", ["minimum": "\(PeerGroup.minimumSize)", "count": Formatting.integer(peerCount)])))
                ),
                controls(context)
            ))
    }

    private func controls(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard case .privateLink(let token, let canKeep) = mode else {
            return .p(.a(.href("/api/v1/self-assessment/results/\(assessmentId)"), .text(context.t("assessmentResult.json"))))
        }
        let consentError = state.errors["ownerConsent"]
        return .group(
            .section(
                .class("publication"), .h2(.text(context.t("assessmentResult.publication"))),
                .p(.text(context.t(published ? "assessmentResult.isPublished" : "assessmentResult.isPrivate"))),
                .if(published, .p(.a(.href(context.link(.publishedAssessment(assessmentId))), .text(context.t("assessmentResult.publicPage"))))),
                .form(
                    .action(context.link(.assessmentPublication(token))), .method(.post), .attribute(named: "novalidate", value: "novalidate"),
                    FormFields.errorSummary(state, context, labels: PublicationForm.labels(context)),
                    .if(
                        !published,
                        .group(
                            .input(.type(.hidden), .name("published"), .value("true")),
                            .div(
                                .class(consentError == nil ? "field checkbox" : "field checkbox field--error"),
                                .unwrap(consentError) { .p(.class("field__error"), .id("field-ownerConsent-error"), .text(context.t($0))) },
                                .input(
                                    .type(.checkbox), .id("field-ownerConsent"), .name("ownerConsent"), .value("true"),
                                    .attribute(named: "aria-describedby", value: consentError == nil ? nil : "field-ownerConsent-error")),
                                .label(
                                    .attribute(named: "for", value: "field-ownerConsent"),
                                    .text(context.t(PublicationForm.field(.ownerConsent).labelKey)))),
                            .button(.type(.submit), .class("button"), .text(context.t("assessmentResult.publish"))))),
                    .if(
                        published,
                        .group(
                            .input(.type(.hidden), .name("published"), .value("false")),
                            .button(.type(.submit), .class("button button--secondary"), .text(context.t("assessmentResult.withdraw"))))))),
            .if(
                canKeep,
                .form(
                    .action(context.link(.assessmentKeep(token))), .method(.post), FormFields.csrf(context.csrfToken),
                    .p(.text(context.t("assessmentResult.keepHint"))),
                    .button(.type(.submit), .class("button button--secondary"), .text(context.t("assessmentResult.keep"))))),
            .p(.a(.href(context.link(.platformAssessment(token))), .text(context.t("assessmentResult.backToAnswers"))))
        )
    }
}
