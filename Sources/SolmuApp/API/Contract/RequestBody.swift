import Vapor

/// The Swift type an API route decodes its body into, declared where the route is registered
/// (`networks.post(use: create).accepts(NetworkInput.self)`), so that a test can hold the type against the document's
/// schema for that operation (`RequestBodyProbe`) without sending a request, and the contract check can see that the
/// handler decodes what its route declares.
struct RequestBody: Sendable {
    let typeName: String
    let type: ObjectIdentifier
    /// Decodes the type from a decoder: how the probe reaches a type known only at run time.
    let decode: @Sendable (any Decoder) throws -> Void

    init<T: Decodable>(_ type: T.Type) {
        typeName = String(reflecting: type).replacingOccurrences(of: "SolmuApp.", with: "")
        self.type = ObjectIdentifier(type)
        decode = { _ = try T(from: $0) }
    }
}

extension Route {
    /// Declares the type this route's handler decodes its JSON body into.
    @discardableResult
    func accepts<T: Decodable>(_ type: T.Type) -> Route {
        userInfo[RequestBodyKey()] = RequestBody(type)
        return self
    }

    var requestBody: RequestBody? { userInfo[RequestBodyKey()] as? RequestBody }
}

private struct RequestBodyKey: Hashable {}

extension Request {
    /// With the contract check on: a handler decoding another type than its route declares is a bug, said at once.
    func checkDeclaredBody<T>(_ type: T.Type) throws {
        guard application.contractRecord != nil, let route, route.documentedAs != nil else { return }
        let declared = route.requestBody
        guard declared?.type == ObjectIdentifier(type) else {
            throw Abort(
                .internalServerError, reason: "\(route.description) decodes \(type) but declares \(declared?.typeName ?? "no body") (.accepts)")
        }
    }
}
