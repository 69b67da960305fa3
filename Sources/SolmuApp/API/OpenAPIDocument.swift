import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, kept as `Resources/openapi.json` beside the code it describes;
/// a test checks that every route is in it and every path in it is a route.
enum OpenAPIDocument {
    static let data: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { fatalError("Resources/openapi.json is missing") }
        return data
    }()

    struct Operation {
        var method: String
        var path: String
        var summary: String
        var description: String?
    }

    /// The operations, in document order, for the readable API page.
    static let operations: [Operation] = {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let paths = root["paths"] as? [String: [String: Any]] else { return [] }
        let methods = ["get", "post", "patch", "put", "delete"]
        return paths.keys.sorted().flatMap { path in
            methods.compactMap { method in
                guard let operation = paths[path]?[method] as? [String: Any] else { return nil }
                return Operation(method: method.uppercased(), path: path, summary: operation["summary"] as? String ?? "",
                                 description: operation["description"] as? String)
            }
        }
    }()
}
