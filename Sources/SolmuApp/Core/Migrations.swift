import Fluent
import Vapor

/// Every migration, in the order they run. Landed migrations are never edited: add a new one.
enum Migrations {
    static func register(on app: Application) {
        // Geography: reference data from Statistics Finland and NLS
        app.migrations.add(CreateRegion())
        app.migrations.add(CreateMunicipality())
        app.migrations.add(SeedRegionsAndMunicipalities())
        // Atlas
        app.migrations.add(CreateCompetence())
        app.migrations.add(SeedCompetences())
        app.migrations.add(CreateOrganization())
        app.migrations.add(CreateOrganizationCompetence())
        app.migrations.add(CreatePerson())
        app.migrations.add(CreateOrganizationSearchIndex())
        // Accounts
        app.migrations.add(CreateUser())
        app.migrations.add(CreateUserToken())
        app.migrations.add(CreateSignInAttempt())
        app.migrations.add(SessionRecord.migration)
        // Networks
        app.migrations.add(UpdateUserAddOrganization())
        app.migrations.add(CreateNetwork())
        app.migrations.add(CreateNetworkMember())
        app.migrations.add(CreateNetworkTheme())
        app.migrations.add(CreateNetworkLocality())
        // Ecosystems
        app.migrations.add(CreateEcosystem())
        app.migrations.add(CreateEcosystemLinks())
        app.migrations.add(CreateEcosystemStrategy())
        app.migrations.add(CreateEcosystemSuggestion())
        // Startups
        app.migrations.add(UpdateOrganizationAddStartupFields())
        // Programmes and projects
        app.migrations.add(UpdateUserAddPerson())
        app.migrations.add(CreateProgramme())
        app.migrations.add(CreateProgrammeMemberCity())
        app.migrations.add(CreateProgrammeTheme())
        app.migrations.add(CreateFundingInstrument())
        app.migrations.add(CreateIndicator())
        app.migrations.add(CreateProgrammeFigure())
        app.migrations.add(CreateProject())
        app.migrations.add(CreateProjectTheme())
        app.migrations.add(CreateProjectImplementer())
        app.migrations.add(CreateWorkPackage())
        app.migrations.add(CreateWorkPackageItem())
        app.migrations.add(CreateProjectResult())
        app.migrations.add(CreateIndicatorTarget())
        app.migrations.add(CreateIndicatorReport())
        app.migrations.add(CreateIndicatorActual())
        // Governing bodies
        app.migrations.add(CreateGoverningBody())
        app.migrations.add(CreateBodyMember())
        app.migrations.add(CreateMeeting())
        app.migrations.add(CreateAgendaItem())
        app.migrations.add(CreateMeetingAttendance())
        // Calls, applications, assessment, decisions
        app.migrations.add(CreateCall())
        app.migrations.add(CreateCallCriterion())
        app.migrations.add(CreateCallLinks())
        app.migrations.add(CreateApplication())
        app.migrations.add(CreateApplicationParts())
        app.migrations.add(CreateApplicationEvent())
        app.migrations.add(UpdateAgendaItemAddApplication())
        app.migrations.add(CreateReview())
        app.migrations.add(CreateNotifications())
        // Events, their inputs and follow-up, the round table
        app.migrations.add(CreateEvent())
        app.migrations.add(CreateRegistration())
        app.migrations.add(CreateFollowUp())
        app.migrations.add(CreateRoundTable())
        // Self-assessment of innovation platforms
        app.migrations.add(CreateAssessmentInstrument())
        app.migrations.add(CreatePlatformAssessment())
        app.migrations.add(SeedAssessmentInstrument())
        // Security and operations
        app.migrations.add(CreateUserSession())
        app.migrations.add(UpdateUserTokenAddExpiry())
        app.migrations.add(UpdateOutboxMailAddClaim())
        app.migrations.add(CreateRateLimitHit())
    }
}
