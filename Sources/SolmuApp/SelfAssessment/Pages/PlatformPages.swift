import Fluent
import Plot
import Vapor

/// A signed-in owner's platforms: the list, each platform with its trend over time, editing its facts and links,
/// assessing it again, and getting back into an assessment (which gives it a fresh private link).
struct PlatformPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.myPlatforms, use: mine)
        routes.get(.platform(0), use: show)
        routes.get(.editPlatform(0), use: edit)
        routes.post(.editPlatform(0), use: update)
        routes.post(.assessAgain(0), use: assessAgain)
        routes.post(.openAssessment(0, 0), use: open)
    }

    func mine(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let platforms = try await Platform.query(on: req.db).filter(\.$user.$id == user.requireID()).with(\.$assessments).sort(\.$name).all()
        return MyPlatformsPage(platforms: platforms).render(try PageContext(request: req))
    }

    private func owned(_ req: Request, withLinks: Bool = false) async throws -> (Platform, User, PageContext) {
        let user = try req.requirePageUser()
        let platform = try await PlatformHistory.requireOwned(req.intParameter(), by: user, withLinks: withLinks, on: req.db)
        if req.method == .POST { try CSRF.verifyForm(req) }
        return (platform, user, try PageContext(request: req))
    }

    func show(req: Request) async throws -> Response {
        let (platform, _, context) = try await owned(req, withLinks: true)
        return PlatformPage(history: try await PlatformHistory.of(platform, on: req.db)).render(context)
    }

    private func form(_ req: Request, _ platform: Platform, _ state: FormState, _ context: PageContext, status: HTTPResponseStatus = .ok) async throws -> Response {
        let keys = ["name": "platform.name", "kind": "platform.kind", "ownerName": "platform.ownerName", "municipalityCode": "platform.municipality",
                    "organizationId": "platform.organization", "ecosystemId": "platform.ecosystem", "networkId": "platform.network"]
        let labels = keys.mapValues { context.t($0) }
        let options = try await AtlasOptions.load(req.db, context.language)
        let ecosystems = try await Ecosystem.query(on: req.db).sort(\.$name).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
        let networks = try await Network.query(on: req.db).sort(\.$name).all().map { (value: "\($0.id ?? 0)", label: $0.name) }
        let kinds = Platform.Kind.allCases.map { (value: $0.rawValue, label: context.t($0.labelKey)) }
        return FormPage(title: context.t("platform.edit", ["name": platform.name]), action: context.link(.editPlatform(platform.id ?? 0)),
                        cancel: context.link(.platform(platform.id ?? 0)), state: state, labels: labels, lead: context.t("platform.linksHint"),
                        fields: [
                            FormFields.text("name", label: labels["name"]!, required: true, state, context),
                            FormFields.select("kind", label: labels["kind"]!, required: true, emptyLabel: context.t("form.choose"), options: kinds, state, context),
                            FormFields.text("ownerName", label: labels["ownerName"]!, state, context),
                            FormFields.select("municipalityCode", label: labels["municipalityCode"]!, emptyLabel: context.t("form.none"), options: options.municipalities, state, context),
                            FormFields.select("organizationId", label: labels["organizationId"]!, emptyLabel: context.t("form.none"),
                                              options: try await AtlasOptions.organizations(req.db), state, context),
                            FormFields.select("ecosystemId", label: labels["ecosystemId"]!, emptyLabel: context.t("form.none"), options: ecosystems, state, context),
                            FormFields.select("networkId", label: labels["networkId"]!, emptyLabel: context.t("form.none"), options: networks, state, context),
                        ]).render(context, status: status)
    }

    func edit(req: Request) async throws -> Response {
        let (platform, _, context) = try await owned(req)
        return try await form(req, platform, PlatformForm.state(of: platform), context)
    }

    func update(req: Request) async throws -> Response {
        let (platform, _, context) = try await owned(req)
        let form = try req.content.decode(PlatformForm.self)
        let (details, formErrors) = form.details()
        return try await req.submitForm(next: context.link(.platform(platform.requireID())), values: form.state, render: { state, status in
            try await self.form(req, platform, state, context, status: status)
        }, save: {
            guard formErrors.isEmpty else { throw Problem.validation(formErrors) }
            try await PlatformEditor(database: req.db).save(details, into: platform)
        })
    }

    func assessAgain(req: Request) async throws -> Response {
        let (platform, user, context) = try await owned(req)
        let (_, token) = try await AssessmentDesk(database: req.db).start(AssessmentStart(platformId: platform.id, language: context.language), user: user)
        return req.redirect(to: context.link(.platformAssessment(token), query: ["started": "1"]), redirectType: .normal)
    }

    func open(req: Request) async throws -> Response {
        let (platform, user, context) = try await owned(req)
        let assessment = try await AssessmentDesk.findOwned(req.intParameter("assessmentId"), by: user, on: req.db)
        guard assessment.$platform.id == platform.id else { throw Problem.notFound() }
        let token = try await AssessmentDesk(database: req.db).renewLink(assessment)
        return req.redirect(to: context.link(assessment.status == .completed ? .assessmentResult(token) : .platformAssessment(token)), redirectType: .normal)
    }
}

/// The owner's platform form as typed.
struct PlatformForm: Content {
    var name: String?
    var kind: String?
    var ownerName: String?
    var municipalityCode: String?
    var organizationId: String?
    var ecosystemId: String?
    var networkId: String?

    var state: FormState {
        FormState(values: ["name": name ?? "", "kind": kind ?? "", "ownerName": ownerName ?? "", "municipalityCode": municipalityCode ?? "",
                           "organizationId": organizationId ?? "", "ecosystemId": ecosystemId ?? "", "networkId": networkId ?? ""])
    }

    static func state(of platform: Platform) -> FormState {
        PlatformForm(name: platform.name, kind: platform.kind.rawValue, ownerName: platform.ownerName, municipalityCode: platform.$municipality.id,
                     organizationId: platform.$organization.id.map(String.init), ecosystemId: platform.$ecosystem.id.map(String.init),
                     networkId: platform.$network.id.map(String.init)).state
    }

    func details() -> (PlatformDetails, [String: String]) {
        var errors: [String: String] = [:]
        let parsedKind = kind.nonEmpty.flatMap(Platform.Kind.init(rawValue:))
        if kind.nonEmpty != nil, parsedKind == nil { errors["kind"] = "platformKind.unknown" }
        func id(_ raw: String?, _ field: String) -> Int? {
            guard let raw = raw.nonEmpty else { return nil }
            guard let value = Int(raw) else { errors[field] = "form.choose"; return nil }
            return value
        }
        return (PlatformDetails(name: name, kind: parsedKind, ownerName: ownerName, municipalityCode: municipalityCode.nonEmpty,
                                organizationId: id(organizationId, "organizationId"), ecosystemId: id(ecosystemId, "ecosystemId"),
                                networkId: id(networkId, "networkId")), errors)
    }
}
