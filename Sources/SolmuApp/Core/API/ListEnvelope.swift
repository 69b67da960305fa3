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
        try checkDeclaredBody(type)
        guard headers.contentType?.type == "application", headers.contentType?.subType == "json" else {
            throw Abort(.unsupportedMediaType)
        }
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "empty body"))
        }
        return try JSONDecoder().decode(T.self, from: buffer)
    }
}

extension Request {
    /// A short list answered whole (a programme's indicators, a project's work packages): the JSON envelope,
    /// or every row as CSV with `?format=csv`.
    func wholeList<Model, Item: Content>(
        _ models: [Model], csv filename: String, header: [String],
        row: (Model) throws -> [String?], item: (Model) throws -> Item
    ) async throws -> Response {
        if wantsCSV {
            let rows = try models.map(row)
            return CSVResponse.stream(filename: filename, header: header) { $0 == 0 ? rows : [] }
        }
        let items = try models.map(item)
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: self)
    }

    /// 201 Created with the new resource and its `Location`.
    func created(_ body: some Content, at location: String) async throws -> Response {
        let response = try await body.encodeResponse(status: .created, for: self)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
