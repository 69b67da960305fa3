import Vapor

/// The shape of every API list: one page of items and where it sits in the whole.
struct ListEnvelope<Item: Content>: Content {
    var items: [Item]
    var total: Int
    var limit: Int
    var offset: Int
}

/// `limit` and `offset` of a list request, checked: limit 1…200 (default 20), offset ≥ 0.
struct Paging {
    var limit: Int
    var offset: Int

    static let maximumLimit = 200

    init(_ request: Request, defaultLimit: Int = 20) throws {
        var errors: [String: String] = [:]
        let rawLimit = request.query[String.self, at: "limit"]
        let rawOffset = request.query[String.self, at: "offset"]
        limit = rawLimit.map { Int($0) ?? -1 } ?? defaultLimit
        offset = rawOffset.map { Int($0) ?? -1 } ?? 0
        if !(1...Self.maximumLimit).contains(limit) { errors["limit"] = "paging.limit.invalid" }
        if offset < 0 { errors["offset"] = "paging.offset.invalid" }
        if !errors.isEmpty { throw Problem.validation(errors) }
    }
}

extension Request {
    var wantsCSV: Bool { query[String.self, at: "format"] == "csv" }
}

extension Request {
    /// Decodes a JSON body; another content type is a 415, broken JSON a 400 (through the error middleware).
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        guard headers.contentType?.type == "application", headers.contentType?.subType == "json" else {
            throw Abort(.unsupportedMediaType)
        }
        guard let buffer = body.data, buffer.readableBytes > 0 else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "empty body")) }
        return try JSONDecoder().decode(T.self, from: buffer)
    }
}
