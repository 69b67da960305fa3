import Vapor

/// The table of contents of Solmu's web: pages per feature, then the JSON API under `/api/v1`.
func routes(_ app: Application) throws {
    app.get { req in
        req.redirect(to: SiteURL.home.path(Language.preferred(acceptLanguage: req.headers.first(name: .acceptLanguage))))
    }

    // Pages
    try app.register(collection: AtlasPages())
    try app.register(collection: OrganizationFormPages())
    try app.register(collection: PersonFormPages())
    try app.register(collection: GeographyPages())
    try app.register(collection: NetworkPages())
    try app.register(collection: EcosystemPages())
    try app.register(collection: EcosystemFormPages())
    try app.register(collection: ProgrammePages())
    try app.register(collection: ProjectPages())
    try app.register(collection: BodyPages())
    try app.register(collection: CallPages())
    try app.register(collection: ApplicationPages())
    try app.register(collection: AssessmentPages())
    try app.register(collection: InboxPages())
    try app.register(collection: EventPages())
    try app.register(collection: FollowUpPages())
    try app.register(collection: RoundTablePages())
    try app.register(collection: SelfAssessmentPages())
    try app.register(collection: PlatformPages())
    try app.register(collection: InstrumentPages())
    try app.register(collection: AccountPages())
    try app.register(collection: PersonalDataPages())
    try app.register(collection: InfoPages())

    // Operations: Prometheus scrapes with an admin's API token.
    app.grouped(AdminGuard()).get("metrics") { req in
        let text = try await req.application.metrics.exposition(database: req.db, configuration: req.application.solmu,
                                                                  contract: req.application.contractRecord)
        return Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: .init(string: text))
    }

    // API
    // Who may call an operation comes from the OpenAPI document (APIAccessGuard), for every route of the group.
    let api = app.grouped("api", "v1").grouped(APIAccessGuard(document: .shared))
    try api.register(collection: SystemAPI())
    try api.register(collection: GeographyAPI())
    try api.register(collection: OrganizationAPI())
    try api.register(collection: PersonAPI())
    try api.register(collection: NetworkAPI())
    try api.register(collection: EcosystemAPI())
    try api.register(collection: ProgrammeAPI())
    try api.register(collection: ProjectAPI())
    try api.register(collection: ProjectPartsAPI())
    try api.register(collection: IndicatorReportAPI())
    try api.register(collection: BodyAPI())
    try api.register(collection: MeetingAPI())
    try api.register(collection: CallAPI())
    try api.register(collection: ApplicationAPI())
    try api.register(collection: ApplicationPartsAPI())
    try api.register(collection: AssessmentAPI())
    try api.register(collection: InboxAPI())
    try api.register(collection: EventAPI())
    try api.register(collection: FollowUpAPI())
    try api.register(collection: RoundTableAPI())
    try api.register(collection: SelfAssessmentAPI())
}
