import Vapor

extension Route {
    /// `("GET", "/networks/{id}")` for a route under `/api/v1`, as the OpenAPI document writes it; nil for pages.
    var documentedAs: (method: String, path: String)? {
        let parts = path.map(\.description)
        guard parts.starts(with: ["api", "v1"]) else { return nil }
        let template = parts.dropFirst(2).map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }
        return (method.rawValue, "/" + template.joined(separator: "/"))
    }
}
