import Fluent
import Plot
import Vapor

/// A signed-in owner's platforms: the list, each platform with its trend over time, editing its facts and links,
/// assessing it again, and getting back into an assessment (which gives it a fresh private link).
struct PlatformPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let signedIn = routes.signedIn()
        signedIn.get(.myPlatforms, use: mine)
        signedIn.get(.platform(0), use: show)
        signedIn.form(.editPlatform(0), edit)
        signedIn.post(.assessAgain(0), use: assessAgain)
        signedIn.post(.openAssessment(0, 0), use: open)
    }

    func mine(req: Request) async throws -> Response {
        let user = try req.user
        return try await MyPlatformsPage.load(owner: user, on: req.db).render(try PageContext(request: req))
    }

    private func owned(_ req: Request, withLinks: Bool = false) async throws -> (Platform, User, PageContext) {
        let user = try req.user
        let platform = try await PlatformHistory.requireOwned(req.intParameter(), by: user, withLinks: withLinks, on: req.db)
        return (platform, user, try PageContext(request: req))
    }

    func show(req: Request) async throws -> Response {
        let (platform, _, context) = try await owned(req, withLinks: true)
        return try await PlatformPage.load(platform, on: req.db).render(context)
    }

    private func formPage(_ req: Request, _ platform: Platform, _ state: FormState, _ context: PageContext) async throws -> FormPage {
        let options = try await PlatformForm.options(context.language, on: req.db)
        return FormPage(
            PlatformForm.self, title: context.t("platform.edit", ["name": platform.name]), action: context.link(.editPlatform(platform.id ?? 0)),
            cancel: context.link(.platform(platform.id ?? 0)), state: state, lead: context.t("platform.linksHint"),
            fields: FormFields.draw(PlatformForm.self, state, context, options: options),
            breadcrumbs: [
                (title: context.t("platform.mine"), href: context.link(.myPlatforms)),
                (title: platform.name, href: context.link(.platform(platform.id ?? 0))),
            ],
            context: context)
    }

    /// The owner's form for the platform's facts and links.
    var edit: FormRoute<PlatformForm, Platform> {
        FormRoute(
            subject: { try await owned($0).0 },
            initial: { PlatformForm.values(of: $0) },
            page: { req, platform, state, context in try await formPage(req, platform, state, context) },
            next: { platform, context in context.link(.platform(try platform.requireID())) },
            save: { req, platform, posted in
                let (details, formErrors) = PlatformForm.details(posted.values)
                guard formErrors.isEmpty else { throw Problem.validation(formErrors) }
                try await PlatformEditor(database: req.db).save(details, into: platform)
            })
    }

    func assessAgain(req: Request) async throws -> Response {
        let (platform, user, context) = try await owned(req)
        let (_, token) = try await SelfAssessmentDesk(database: req.db).start(
            SelfAssessmentStart(platformId: platform.id, language: context.language), user: user)
        return req.redirect(to: context.link(.platformAssessment(token), query: ["started": "1"]), redirectType: .normal)
    }

    func open(req: Request) async throws -> Response {
        let (platform, user, context) = try await owned(req)
        let assessment = try await SelfAssessmentDesk.findOwned(req.intParameter("assessmentId"), by: user, on: req.db)
        guard assessment.$platform.id == platform.id else { throw Problem.notFound() }
        let token = try await SelfAssessmentDesk(database: req.db).renewLink(assessment)
        return req.redirect(
            to: context.link(assessment.status == .completed ? .assessmentResult(token) : .platformAssessment(token)), redirectType: .normal)
    }
}

/// The owner's platform form: its facts and its links to the atlas.
enum PlatformForm: FormDescription {
    enum Key: String, FormKey { case name, kind, ownerName, municipalityCode, organizationId, ecosystemId, networkId }

    static var fields: [FormField<Key>] {
        [
            .text(.name, "platform.name", required: true), .select(.kind, "platform.kind", required: true), .text(.ownerName, "platform.ownerName"),
            .select(.municipalityCode, "platform.municipality", empty: "form.none"),
            .select(.organizationId, "platform.organization", empty: "form.none"),
            .select(.ecosystemId, "platform.ecosystem", empty: "form.none"), .select(.networkId, "platform.network", empty: "form.none"),
        ]
    }

    static func values(of platform: Platform) -> FormValues<Self> {
        FormValues([
            .name: platform.name, .kind: platform.kind.rawValue, .ownerName: platform.ownerName, .municipalityCode: platform.$municipality.id,
            .organizationId: platform.$organization.id.map(String.init), .ecosystemId: platform.$ecosystem.id.map(String.init),
            .networkId: platform.$network.id.map(String.init),
        ])
    }

    /// The details typed, and what could not even be read (an unknown kind, a link that is not a number).
    static func details(_ posted: FormValues<Self>) -> (PlatformDetails, [String: String]) {
        var errors: [String: String] = [:]
        let kind = posted.text(.kind).flatMap(Platform.Kind.init(rawValue:))
        if posted.text(.kind) != nil, kind == nil { errors[Key.kind.rawValue] = "platformKind.unknown" }
        for key in [Key.organizationId, .ecosystemId, .networkId] where posted.isMalformed(key) { errors[key.rawValue] = "form.choose" }
        return (
            PlatformDetails(
                name: posted[.name], kind: kind, ownerName: posted[.ownerName], municipalityCode: posted.text(.municipalityCode),
                organizationId: posted.int(.organizationId), ecosystemId: posted.int(.ecosystemId), networkId: posted.int(.networkId)), errors
        )
    }
}
