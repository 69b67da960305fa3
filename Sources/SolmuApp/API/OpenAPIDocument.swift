import Foundation
import Yams

/// The OpenAPI 3.1 document of `/api/v1`: the single source of the API's contract, written by hand as YAML in
/// `Resources/OpenAPI/` — `solmu.yaml` (description, security, shared responses and schemas) and one part per feature
/// with its paths and schemas. Served as JSON at `/api/v1/openapi.json`; the routes are checked against it
/// (`OpenAPITests`), every response in tests and contract runs is checked against it (`ContractCheck`), and every
/// request body type against its schema (`RequestBodyProbe`).
struct OpenAPIDocument: Sendable {
    let json: JSONValue
    let operations: [Operation]
    private let byRoute: [String: Operation]

    /// One operation (a method on a path), with its references resolved.
    struct Operation: Sendable {
        var id: String
        var method: String
        var path: String
        var summary: String
        var description: String?
        /// The `application/json` (or merge-patch) schema of the body, when it takes one.
        var requestBody: JSONValue?
        /// Status code (or `default`) to the response: its media types and their schemas.
        var responses: [String: [String: JSONValue]]
        /// Who may call it, from its `security`: anyone (none listed), anyone but a signed-in caller is known (`{}` among
        /// them), or only a signed-in caller.
        var signIn: SignIn

        enum SignIn: Sendable { case none, optional, required }

        var key: String { "\(method) \(path)" }
    }

    /// The document in the app's resources; a broken part stops the app at start, with the part's name.
    static let shared: OpenAPIDocument = {
        do { return try OpenAPIDocument(folder: resourceFolder) } catch { fatalError("Resources/OpenAPI: \(error)") }
    }()

    /// The JSON served at `/api/v1/openapi.json`.
    static let data: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(shared.json)) ?? Data()
    }()

    static var operations: [Operation] { shared.operations }

    static var resourceFolder: URL {
        guard let url = Bundle.module.url(forResource: "OpenAPI", withExtension: nil, subdirectory: "Resources") else {
            fatalError("Resources/OpenAPI is missing")
        }
        return url
    }

    struct PartError: Error, CustomStringConvertible {
        var description: String
    }

    /// Merges `solmu.yaml` with the other parts: their `paths` and `components` go into the one document; a path or
    /// component defined twice is an error.
    init(folder: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard let rootFile = files.first(where: { $0.lastPathComponent == "solmu.yaml" }) else { throw PartError(description: "no solmu.yaml") }
        func load(_ url: URL) throws -> [String: JSONValue] {
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let object = try JSONValue(yaml: Yams.load(yaml: text)).object else {
                throw PartError(description: "\(url.lastPathComponent) is not a mapping")
            }
            return object
        }
        var root = try load(rootFile)
        var paths = root["paths"]?.object ?? [:]
        var components = root["components"]?.object ?? [:]
        for file in files where file != rootFile {
            let part = try load(file)
            let unknown = Set(part.keys).subtracting(["paths", "components"])
            guard unknown.isEmpty else {
                throw PartError(description: "\(file.lastPathComponent): only paths and components, not \(unknown.sorted())")
            }
            for (path, item) in part["paths"]?.object ?? [:] {
                guard paths[path] == nil else { throw PartError(description: "\(file.lastPathComponent): \(path) is defined twice") }
                paths[path] = item
            }
            for (section, entries) in part["components"]?.object ?? [:] {
                var merged = components[section]?.object ?? [:]
                for (name, entry) in entries.object ?? [:] {
                    guard merged[name] == nil else { throw PartError(description: "\(file.lastPathComponent): \(section)/\(name) is defined twice") }
                    merged[name] = entry
                }
                components[section] = .object(merged)
            }
        }
        root["paths"] = .object(paths)
        root["components"] = .object(components)
        try self.init(json: .object(root))
    }

    init(json: JSONValue) throws {
        self.json = json
        let schemas = JSONSchemaCheck(document: json)
        var operations: [Operation] = []
        for (path, item) in (json["paths"]?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            for method in ["get", "post", "put", "patch", "delete"] {
                guard let operation = item[method] else { continue }
                guard let id = operation["operationId"]?.string else { throw PartError(description: "\(method) \(path) has no operationId") }
                var responses: [String: [String: JSONValue]] = [:]
                for (status, response) in operation["responses"]?.object ?? [:] {
                    let resolved = response["$ref"]?.string.flatMap(schemas.resolve) ?? response
                    var media: [String: JSONValue] = [:]
                    for (type, content) in resolved["content"]?.object ?? [:] { media[type] = content["schema"] ?? .object([:]) }
                    responses[status] = media
                }
                let security = operation["security"]?.array ?? json["security"]?.array ?? []
                let signIn: Operation.SignIn = security.isEmpty ? .none : security.contains(.object([:])) ? .optional : .required
                let body = operation["requestBody"]?["content"]
                operations.append(
                    Operation(
                        id: id, method: method.uppercased(), path: path,
                        summary: operation["summary"]?.string ?? "", description: operation["description"]?.string,
                        requestBody: body?["application/json"]?["schema"] ?? body?["application/merge-patch+json"]?["schema"],
                        responses: responses, signIn: signIn))
            }
        }
        let ids = Dictionary(grouping: operations, by: \.id).filter { $0.value.count > 1 }.keys
        guard ids.isEmpty else { throw PartError(description: "operationIds used twice: \(ids.sorted())") }
        self.operations = operations
        byRoute = Dictionary(uniqueKeysWithValues: operations.map { ($0.key, $0) })
    }

    /// The operation of a method and a path template as the document writes it (`GET /networks/{id}`).
    func operation(_ method: String, _ path: String) -> Operation? { byRoute["\(method) \(path)"] }

    /// A schema checker that resolves this document's references.
    var check: JSONSchemaCheck { JSONSchemaCheck(document: json) }
}
