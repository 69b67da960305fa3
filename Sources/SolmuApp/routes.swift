import Vapor

/// The table of contents of Solmu's web: pages per feature, then the JSON API under `/api/v1`.
func routes(_ app: Application) throws {
    app.get { req in
        req.redirect(to: SiteURL.home.path(Language.preferred(acceptLanguage: req.headers.first(name: .acceptLanguage))))
    }

    // Pages: every form post carries its CSRF token (FormCSRFGuard); signed-in and private-link groups are set in each feature.
    let pages = app.grouped(FormCSRFGuard())
    try pages.register(collection: SitePages())
    try pages.register(collection: SearchPages())
    try pages.register(collection: AtlasPages())
    try pages.register(collection: OrganizationFormPages())
    try pages.register(collection: PersonFormPages())
    try pages.register(collection: GeographyPages())
    try pages.register(collection: NetworkPages())
    try pages.register(collection: EcosystemPages())
    try pages.register(collection: EcosystemFormPages())
    try pages.register(collection: ProgrammePages())
    try pages.register(collection: ProjectPages())
    try pages.register(collection: BodyPages())
    try pages.register(collection: CallPages())
    try pages.register(collection: ApplicationPages())
    try pages.register(collection: ReviewPages())
    try pages.register(collection: InboxPages())
    try pages.register(collection: EventPages())
    try pages.register(collection: FollowUpPages())
    try pages.register(collection: RoundTablePages())
    try pages.register(collection: SelfAssessmentPages())
    try pages.register(collection: PlatformPages())
    try pages.register(collection: InstrumentPages())
    try pages.register(collection: AccountPages())
    try pages.register(collection: PersonalDataPages())
    try pages.register(collection: InfoPages())

    // Operations: Prometheus scrapes with an admin's API token.
    app.grouped(AdminGuard()).get("metrics") { req in
        let text = try await req.application.metrics.exposition(
            database: req.db, configuration: req.application.solmu,
            contract: req.application.contractRecord)
        return Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: .init(string: text))
    }

    // API
    // Who may call an operation comes from the OpenAPI document (APIAccessGuard), for every route of the group.
    let api = app.grouped("api", "v1").grouped(APIAccessGuard(document: .shared))
    try api.register(collection: SystemAPI())
    try api.register(collection: SearchAPI())
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
    try api.register(collection: ReviewAPI())
    try api.register(collection: InboxAPI())
    try api.register(collection: EventAPI())
    try api.register(collection: FollowUpAPI())
    try api.register(collection: RoundTableAPI())
    try api.register(collection: SelfAssessmentAPI())
}
