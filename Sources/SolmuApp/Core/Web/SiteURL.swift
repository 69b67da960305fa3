import Foundation
import Vapor

/// Every page's path, typed: the same value registers the route and builds each link,
/// so a renamed path cannot leave a dead link behind. Paths are the same in every language
/// after the `/fi`, `/sv` or `/en` prefix, which is how the language switch keeps the page.
enum SiteURL: Equatable {
    case home
    case search
    case design
    case organizations
    case organization(Int)
    case newOrganization
    case editOrganization(Int)
    case deleteOrganization(Int)
    case newPerson
    case editPerson(Int)
    case deletePerson(Int)
    case regions
    case region(String)
    case municipality(String)
    case startups(String)
    case networks
    case network(Int)
    case newNetwork
    case editNetwork(Int)
    case deleteNetwork(Int)
    case newMember(Int)
    case editMember(Int, Int)
    case ecosystems
    case ecosystem(Int)
    case investIn(Int)
    case ecosystemSuggestions(Int)
    case newEcosystem
    case compareEcosystems
    case editEcosystem(Int)
    case newGoal(Int)
    case newAction(Int)
    case editGoal(Int, Int)
    case editAction(Int, Int)
    case programmes
    case programme(Int)
    case newProgramme
    case editProgramme(Int)
    case portfolio(Int)
    case newIndicator(Int)
    case newInstrument(Int)
    case editIndicator(Int, Int)
    case editInstrument(Int, Int)
    case bodies
    case body(Int)
    case meeting(Int, Int)
    case newMeeting(Int)
    case newAgendaItem(Int, Int)
    case editMeeting(Int, Int)
    case newBody(Int)
    case editBody(Int)
    case newSeat(Int)
    case editSeat(Int, Int)
    case project(Int)
    case newProject
    case editProject(Int)
    case newImplementer(Int)
    case editImplementer(Int, Int)
    case editWorkPackage(Int, Int)
    case editResult(Int, Int)
    case correctReport(Int, Int)
    case newFigure(Int)
    case newWorkPackage(Int)
    case newResult(Int)
    case projectTargets(Int)
    case newReport(Int)
    case calls
    case call(Int)
    case newCall(Int)
    case editCall(Int)
    case newCriterion(Int)
    case editCriterion(Int, Int)
    case responsibilityCriteria(Int)
    case callApplications(Int)
    case ranking(Int)
    case apply(Int)
    case application(Int)
    case editApplication(Int)
    case newPartner(Int)
    case editPartner(Int, Int)
    case newPlannedWorkPackage(Int)
    case applicationTargets(Int)
    case applicationStep(Int, String)
    case assignReviewer(Int)
    case assessment(Int)
    case myApplications
    case myAssessments
    case inbox
    case events
    case event(Int)
    case newEvent
    case editEvent(Int)
    case register(Int)
    case registration(String)
    case participants(Int)
    case newInput(Int)
    case followUp(Int)
    case newFollowUpAction(Int)
    case editFollowUpAction(Int, Int)
    case roundTable
    case topic(Int)
    case newTopic
    case editTopic(Int)
    case newPosition(Int)
    case selfAssessment
    case platformAssessment(String)
    case assessmentStep(String, String)
    case assessmentComplete(String)
    case assessmentResult(String)
    case assessmentPublication(String)
    case assessmentKeep(String)
    case publishedAssessment(Int)
    case platformAggregates
    case myPlatforms
    case platform(Int)
    case editPlatform(Int)
    case assessAgain(Int)
    case openAssessment(Int, Int)
    case instruments
    case instrumentVersion(Int)
    case newInstrumentVersion(Int)
    case publishInstrumentVersion(Int)
    case editDimension(Int, Int)
    case newStatement(Int, Int)
    case editStatement(Int, Int)
    case signIn
    case signOut
    case users
    case user(UUID)
    case personalData
    case personalDataExport
    case personalDataErase
    case accessibility
    case privacy
    case apiDocs

    /// A piece of a path: fixed text, or a named parameter with this URL's value for it.
    enum Segment {
        case fixed(String)
        case parameter(String, String)
    }

    private var segments: [Segment] {
        switch self {
        case .home: []
        case .search: [.fixed("search")]
        case .design: [.fixed("design")]
        case .organizations: [.fixed("organizations")]
        case .organization(let id): [.fixed("organizations"), .parameter("id", "\(id)")]
        case .newOrganization: [.fixed("organizations"), .fixed("new")]
        case .editOrganization(let id): [.fixed("organizations"), .parameter("id", "\(id)"), .fixed("edit")]
        case .deleteOrganization(let id): [.fixed("organizations"), .parameter("id", "\(id)"), .fixed("delete")]
        case .newPerson: [.fixed("people"), .fixed("new")]
        case .editPerson(let id): [.fixed("people"), .parameter("id", "\(id)"), .fixed("edit")]
        case .deletePerson(let id): [.fixed("people"), .parameter("id", "\(id)"), .fixed("delete")]
        case .regions: [.fixed("regions")]
        case .region(let code): [.fixed("regions"), .parameter("code", code)]
        case .municipality(let code): [.fixed("municipalities"), .parameter("code", code)]
        case .startups(let code): [.fixed("regions"), .parameter("code", code), .fixed("startups")]
        case .networks: [.fixed("networks")]
        case .network(let id): [.fixed("networks"), .parameter("id", "\(id)")]
        case .newNetwork: [.fixed("networks"), .fixed("new")]
        case .editNetwork(let id): [.fixed("networks"), .parameter("id", "\(id)"), .fixed("edit")]
        case .deleteNetwork(let id): [.fixed("networks"), .parameter("id", "\(id)"), .fixed("delete")]
        case .newMember(let id): [.fixed("networks"), .parameter("id", "\(id)"), .fixed("members"), .fixed("new")]
        case .editMember(let id, let member):
            [.fixed("networks"), .parameter("id", "\(id)"), .fixed("members"), .parameter("memberId", "\(member)"), .fixed("edit")]
        case .ecosystems: [.fixed("ecosystems")]
        case .ecosystem(let id): [.fixed("ecosystems"), .parameter("id", "\(id)")]
        case .investIn(let id): [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("invest-in")]
        case .newEcosystem: [.fixed("ecosystems"), .fixed("new")]
        case .compareEcosystems: [.fixed("ecosystems"), .fixed("compare")]
        case .editEcosystem(let id): [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("edit")]
        case .newGoal(let id): [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("goals"), .fixed("new")]
        case .newAction(let id): [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("actions"), .fixed("new")]
        case .editGoal(let id, let goal):
            [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("goals"), .parameter("goalId", "\(goal)"), .fixed("edit")]
        case .editAction(let id, let action):
            [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("actions"), .parameter("actionId", "\(action)"), .fixed("edit")]
        case .ecosystemSuggestions(let id): [.fixed("ecosystems"), .parameter("id", "\(id)"), .fixed("suggestions")]
        case .programmes: [.fixed("programmes")]
        case .programme(let id): [.fixed("programmes"), .parameter("id", "\(id)")]
        case .newProgramme: [.fixed("programmes"), .fixed("new")]
        case .editProgramme(let id): [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("edit")]
        case .portfolio(let id): [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("projects")]
        case .newIndicator(let id): [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("indicators"), .fixed("new")]
        case .newInstrument(let id): [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("instruments"), .fixed("new")]
        case .editIndicator(let id, let part):
            [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("indicators"), .parameter("indicatorId", "\(part)"), .fixed("edit")]
        case .editInstrument(let id, let part):
            [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("instruments"), .parameter("instrumentId", "\(part)"), .fixed("edit")]
        case .bodies: [.fixed("bodies")]
        case .body(let id): [.fixed("bodies"), .parameter("id", "\(id)")]
        case .meeting(let id, let meeting): [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("meetings"), .parameter("meetingId", "\(meeting)")]
        case .newMeeting(let id): [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("meetings"), .fixed("new")]
        case .editMeeting(let id, let meeting):
            [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("meetings"), .parameter("meetingId", "\(meeting)"), .fixed("edit")]
        case .newBody(let programme): [.fixed("programmes"), .parameter("id", "\(programme)"), .fixed("bodies"), .fixed("new")]
        case .editBody(let id): [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("edit")]
        case .newSeat(let id): [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("members"), .fixed("new")]
        case .editSeat(let id, let member):
            [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("members"), .parameter("memberId", "\(member)"), .fixed("edit")]
        case .newAgendaItem(let id, let meeting):
            [.fixed("bodies"), .parameter("id", "\(id)"), .fixed("meetings"), .parameter("meetingId", "\(meeting)"), .fixed("items"), .fixed("new")]
        case .project(let id): [.fixed("projects"), .parameter("id", "\(id)")]
        case .newProject: [.fixed("projects"), .fixed("new")]
        case .editProject(let id): [.fixed("projects"), .parameter("id", "\(id)"), .fixed("edit")]
        case .newImplementer(let id): [.fixed("projects"), .parameter("id", "\(id)"), .fixed("implementers"), .fixed("new")]
        case .editImplementer(let id, let part):
            [.fixed("projects"), .parameter("id", "\(id)"), .fixed("implementers"), .parameter("implementerId", "\(part)"), .fixed("edit")]
        case .editWorkPackage(let id, let part):
            [.fixed("projects"), .parameter("id", "\(id)"), .fixed("work-packages"), .parameter("workPackageId", "\(part)"), .fixed("edit")]
        case .editResult(let id, let part):
            [.fixed("projects"), .parameter("id", "\(id)"), .fixed("results"), .parameter("resultId", "\(part)"), .fixed("edit")]
        case .correctReport(let id, let part):
            [.fixed("projects"), .parameter("id", "\(id)"), .fixed("reports"), .parameter("reportId", "\(part)"), .fixed("edit")]
        case .newFigure(let id): [.fixed("programmes"), .parameter("id", "\(id)"), .fixed("figures"), .fixed("new")]
        case .newWorkPackage(let id): [.fixed("projects"), .parameter("id", "\(id)"), .fixed("work-packages"), .fixed("new")]
        case .newResult(let id): [.fixed("projects"), .parameter("id", "\(id)"), .fixed("results"), .fixed("new")]
        case .projectTargets(let id): [.fixed("projects"), .parameter("id", "\(id)"), .fixed("targets")]
        case .newReport(let id): [.fixed("projects"), .parameter("id", "\(id)"), .fixed("reports"), .fixed("new")]
        case .calls: [.fixed("calls")]
        case .call(let id): [.fixed("calls"), .parameter("id", "\(id)")]
        case .newCall(let programme): [.fixed("programmes"), .parameter("id", "\(programme)"), .fixed("calls"), .fixed("new")]
        case .editCall(let id): [.fixed("calls"), .parameter("id", "\(id)"), .fixed("edit")]
        case .newCriterion(let id): [.fixed("calls"), .parameter("id", "\(id)"), .fixed("criteria"), .fixed("new")]
        case .editCriterion(let id, let part):
            [.fixed("calls"), .parameter("id", "\(id)"), .fixed("criteria"), .parameter("criterionId", "\(part)"), .fixed("edit")]
        case .responsibilityCriteria(let id): [.fixed("calls"), .parameter("id", "\(id)"), .fixed("criteria"), .fixed("responsibility")]
        case .callApplications(let id): [.fixed("calls"), .parameter("id", "\(id)"), .fixed("applications")]
        case .ranking(let id): [.fixed("calls"), .parameter("id", "\(id)"), .fixed("ranking")]
        case .apply(let id): [.fixed("calls"), .parameter("id", "\(id)"), .fixed("apply")]
        case .application(let id): [.fixed("applications"), .parameter("id", "\(id)")]
        case .editApplication(let id): [.fixed("applications"), .parameter("id", "\(id)"), .fixed("edit")]
        case .newPartner(let id): [.fixed("applications"), .parameter("id", "\(id)"), .fixed("partners"), .fixed("new")]
        case .editPartner(let id, let part):
            [.fixed("applications"), .parameter("id", "\(id)"), .fixed("partners"), .parameter("partnerId", "\(part)"), .fixed("edit")]
        case .newPlannedWorkPackage(let id): [.fixed("applications"), .parameter("id", "\(id)"), .fixed("work-packages"), .fixed("new")]
        case .applicationTargets(let id): [.fixed("applications"), .parameter("id", "\(id)"), .fixed("targets")]
        case .applicationStep(let id, let step): [.fixed("applications"), .parameter("id", "\(id)"), .fixed("steps"), .parameter("step", step)]
        case .assignReviewer(let id): [.fixed("applications"), .parameter("id", "\(id)"), .fixed("reviewers"), .fixed("new")]
        case .assessment(let id): [.fixed("assessments"), .parameter("id", "\(id)")]
        case .myApplications: [.fixed("my"), .fixed("applications")]
        case .myAssessments: [.fixed("my"), .fixed("assessments")]
        case .inbox: [.fixed("my"), .fixed("inbox")]
        case .events: [.fixed("events")]
        case .event(let id): [.fixed("events"), .parameter("id", "\(id)")]
        case .newEvent: [.fixed("events"), .fixed("new")]
        case .editEvent(let id): [.fixed("events"), .parameter("id", "\(id)"), .fixed("edit")]
        case .register(let id): [.fixed("events"), .parameter("id", "\(id)"), .fixed("register")]
        case .registration(let token): [.fixed("registrations"), .parameter("token", token)]
        case .participants(let id): [.fixed("events"), .parameter("id", "\(id)"), .fixed("participants")]
        case .newInput(let id): [.fixed("events"), .parameter("id", "\(id)"), .fixed("inputs"), .fixed("new")]
        case .followUp(let network): [.fixed("networks"), .parameter("id", "\(network)"), .fixed("follow-up")]
        case .newFollowUpAction(let network): [.fixed("networks"), .parameter("id", "\(network)"), .fixed("actions"), .fixed("new")]
        case .editFollowUpAction(let network, let action):
            [.fixed("networks"), .parameter("id", "\(network)"), .fixed("actions"), .parameter("actionId", "\(action)"), .fixed("edit")]
        case .roundTable: [.fixed("roundtable")]
        case .topic(let id): [.fixed("roundtable"), .parameter("id", "\(id)")]
        case .newTopic: [.fixed("roundtable"), .fixed("new")]
        case .editTopic(let id): [.fixed("roundtable"), .parameter("id", "\(id)"), .fixed("edit")]
        case .newPosition(let id): [.fixed("roundtable"), .parameter("id", "\(id)"), .fixed("positions"), .fixed("new")]
        case .selfAssessment: [.fixed("self-assessment")]
        case .platformAssessment(let token): [.fixed("self-assessment"), .fixed("a"), .parameter("token", token)]
        case .assessmentStep(let token, let key):
            [.fixed("self-assessment"), .fixed("a"), .parameter("token", token), .fixed("steps"), .parameter("dimension", key)]
        case .assessmentComplete(let token): [.fixed("self-assessment"), .fixed("a"), .parameter("token", token), .fixed("complete")]
        case .assessmentResult(let token): [.fixed("self-assessment"), .fixed("a"), .parameter("token", token), .fixed("result")]
        case .assessmentPublication(let token): [.fixed("self-assessment"), .fixed("a"), .parameter("token", token), .fixed("publication")]
        case .assessmentKeep(let token): [.fixed("self-assessment"), .fixed("a"), .parameter("token", token), .fixed("keep")]
        case .publishedAssessment(let id): [.fixed("self-assessment"), .fixed("results"), .parameter("id", "\(id)")]
        case .platformAggregates: [.fixed("self-assessment"), .fixed("aggregates")]
        case .myPlatforms: [.fixed("my"), .fixed("platforms")]
        case .platform(let id): [.fixed("platforms"), .parameter("id", "\(id)")]
        case .editPlatform(let id): [.fixed("platforms"), .parameter("id", "\(id)"), .fixed("edit")]
        case .assessAgain(let id): [.fixed("platforms"), .parameter("id", "\(id)"), .fixed("assess")]
        case .openAssessment(let id, let assessment):
            [.fixed("platforms"), .parameter("id", "\(id)"), .fixed("assessments"), .parameter("assessmentId", "\(assessment)"), .fixed("open")]
        case .instruments: [.fixed("self-assessment"), .fixed("instruments")]
        case .instrumentVersion(let id): [.fixed("self-assessment"), .fixed("instruments"), .parameter("id", "\(id)")]
        case .newInstrumentVersion(let id): [.fixed("self-assessment"), .fixed("instruments"), .parameter("id", "\(id)"), .fixed("versions")]
        case .publishInstrumentVersion(let id): [.fixed("self-assessment"), .fixed("instruments"), .parameter("id", "\(id)"), .fixed("publish")]
        case .editDimension(let id, let dimension):
            [
                .fixed("self-assessment"), .fixed("instruments"), .parameter("id", "\(id)"), .fixed("dimensions"),
                .parameter("dimensionId", "\(dimension)"), .fixed("edit"),
            ]
        case .newStatement(let id, let dimension):
            [
                .fixed("self-assessment"), .fixed("instruments"), .parameter("id", "\(id)"), .fixed("dimensions"),
                .parameter("dimensionId", "\(dimension)"), .fixed("statements"), .fixed("new"),
            ]
        case .editStatement(let id, let statement):
            [
                .fixed("self-assessment"), .fixed("instruments"), .parameter("id", "\(id)"), .fixed("statements"),
                .parameter("statementId", "\(statement)"), .fixed("edit"),
            ]
        case .signIn: [.fixed("sign-in")]
        case .signOut: [.fixed("sign-out")]
        case .users: [.fixed("admin"), .fixed("users")]
        case .user(let id): [.fixed("admin"), .fixed("users"), .parameter("id", id.uuidString)]
        case .personalData: [.fixed("admin"), .fixed("personal-data")]
        case .personalDataExport: [.fixed("admin"), .fixed("personal-data"), .fixed("export")]
        case .personalDataErase: [.fixed("admin"), .fixed("personal-data"), .fixed("erase")]
        case .accessibility: [.fixed("accessibility")]
        case .privacy: [.fixed("privacy")]
        case .apiDocs: [.fixed("api")]
        }
    }

    func path(_ language: Language, query: [String: String?] = [:]) -> String {
        let parts = segments.map { segment -> String in
            switch segment {
            case .fixed(let text): text
            case .parameter(_, let value): value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? value
            }
        }
        return "/" + ([language.rawValue] + parts).joined(separator: "/") + Self.queryString(query)
    }

    /// `?a=1&b=x%20y` with the keys sorted and nil values left out; empty when nothing is left.
    static func queryString(_ query: [String: String?]) -> String {
        let items = query.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }
        guard !items.isEmpty else { return "" }
        return "?"
            + items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? $0.1)" }.joined(separator: "&")
    }

    /// `candidate` when it is a path on this site, to send a browser back to (after signing in); nil otherwise.
    /// Browsers drop tabs and line breaks from a URL and read `\\` as `/`, so `/\t/evil.example/` would be
    /// `//evil.example/`, another site: any control character, white space or backslash disqualifies it.
    static func sameSitePath(_ candidate: String?) -> String? {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), candidate.utf8.count <= 2048,
            !candidate.unicodeScalars.contains(where: { $0 == "\\" || $0.properties.isWhitespace || $0.properties.generalCategory == .control })
        else { return nil }
        return candidate
    }

    /// The route pattern: the case's parameters become `:name` (the values given to the case do not matter).
    var routePattern: [PathComponent] {
        [":lang"]
            + segments.map { segment in
                switch segment {
                case .fixed(let text): .constant(text)
                case .parameter(let name, _): .parameter(name)
                }
            }
    }
}

extension CharacterSet {
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+?#")
        return set
    }()
}

extension Request {
    /// The language in the path (`/fi/…`); anything else is not a page of ours.
    func language() throws -> Language {
        guard let code = parameters.get("lang"), let language = Language(rawValue: code) else { throw Abort(.notFound) }
        return language
    }

    func intParameter(_ name: String = "id") throws -> Int {
        guard let value = parameters.get(name).flatMap(Int.init) else { throw Abort(.notFound) }
        return value
    }
}

extension RoutesBuilder {
    @discardableResult
    func get(_ url: SiteURL, use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        get(url.routePattern, use: handler)
    }

    @discardableResult
    func post(_ url: SiteURL, use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable) -> Route {
        post(url.routePattern, use: handler)
    }
}
