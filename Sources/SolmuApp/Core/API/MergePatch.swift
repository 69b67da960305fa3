import Foundation
import Vapor

/// PATCH as a JSON merge patch (RFC 7396): the resource's current input, with the fields the body names laid over it
/// (`null` clears a field), decoded again as a whole input and checked like a new one.
/// One rule for every resource instead of a hand-written overlay per input type.
enum MergePatch {
    static func apply<Input: Codable>(_ request: Request, to current: Input) throws -> Input {
        try request.checkDeclaredBody(Input.self)
        guard request.headers.contentType?.type == "application",
            ["json", "merge-patch+json"].contains(request.headers.contentType?.subType ?? "")
        else {
            throw Abort(.unsupportedMediaType)
        }
        // Not JSON at all (`{`) and JSON that is not an object (`"AAA"`) are the client's mistake alike: 400, never 500.
        guard let buffer = request.body.data, buffer.readableBytes > 0,
            let patch = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer), options: [.fragmentsAllowed])) as? [String: Any]
        else {
            throw Problem(status: .badRequest, titleKey: "problem.badRequest.title", detailKey: "problem.malformedBody.detail")
        }
        let base = try JSONSerialization.jsonObject(with: JSONEncoder().encode(current)) as? [String: Any] ?? [:]
        let merged = merge(base, patch)
        return try JSONDecoder().decode(Input.self, from: JSONSerialization.data(withJSONObject: merged))
    }

    static func merge(_ target: [String: Any], _ patch: [String: Any]) -> [String: Any] {
        var result = target
        for (key, value) in patch {
            if value is NSNull {
                result.removeValue(forKey: key)
            } else if let object = value as? [String: Any], let existing = result[key] as? [String: Any] {
                result[key] = merge(existing, object)
            } else {
                result[key] = value
            }
        }
        return result
    }
}
