import Foundation
import Vapor

/// Every page's path, typed: the same value registers the route and builds each link,
/// so a renamed path cannot leave a dead link behind. Paths are the same in every language
/// after the `/fi`, `/sv` or `/en` prefix, which is how the language switch keeps the page.
enum SiteURL: Equatable {
    case home
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
    case signIn
    case signOut
    case users
    case user(UUID)
    case accessibility
    case privacy
    case apiDocs

    /// Path segments after the language; a parameter is `:name` when registering.
    fileprivate var segments: [String] {
        switch self {
        case .home: []
        case .organizations: ["organizations"]
        case .organization(let id): ["organizations", "\(id)"]
        case .newOrganization: ["organizations", "new"]
        case .editOrganization(let id): ["organizations", "\(id)", "edit"]
        case .deleteOrganization(let id): ["organizations", "\(id)", "delete"]
        case .newPerson: ["people", "new"]
        case .editPerson(let id): ["people", "\(id)", "edit"]
        case .deletePerson(let id): ["people", "\(id)", "delete"]
        case .regions: ["regions"]
        case .region(let code): ["regions", code]
        case .municipality(let code): ["municipalities", code]
        case .signIn: ["sign-in"]
        case .signOut: ["sign-out"]
        case .users: ["admin", "users"]
        case .user(let id): ["admin", "users", id.uuidString]
        case .accessibility: ["accessibility"]
        case .privacy: ["privacy"]
        case .apiDocs: ["api"]
        }
    }

    func path(_ language: Language, query: [String: String?] = [:]) -> String {
        var path = "/" + ([language.rawValue] + segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }).joined(separator: "/")
        let items = query.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }
        if !items.isEmpty {
            path += "?" + items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? $0.1)" }.joined(separator: "&")
        }
        return path
    }

    /// The route pattern: placeholders (`0`, a nil UUID, `:code`) in a case stand for its parameter.
    var routePattern: [PathComponent] {
        let parameterNames: [String: String] = ["0": "id", "00000000-0000-0000-0000-000000000000": "id", ":code": "code"]
        return [":lang"] + segments.map { parameterNames[$0].map { PathComponent.parameter($0) } ?? .constant($0) }
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
