import Fluent
import Vapor

/// `/api/v1/inbox`: the signed-in user's notices, newest first; reading one marks it read.
struct InboxAPI: RouteCollection {
    struct MessageDTO: Content {
        var id: Int
        var createdAt: Date
        var message: String
        var values: [String: String]
        var applicationId: Int?
        var read: Bool
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("inbox", use: list)
        routes.post("inbox", ":id", "read", use: markRead)
    }

    static func messages(of user: User, on database: any Database) async throws -> [InboxMessage] {
        try await InboxMessage.query(on: database).filter(\.$user.$id == user.requireID()).sort(\.$createdAt, .descending).sort(\.$id, .descending).range(..<200).all()
    }

    func list(req: Request) async throws -> Response {
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        let language = Language.preferred(acceptLanguage: req.headers.first(name: .acceptLanguage))
        let items = try await Self.messages(of: user, on: req.db).map { message in
            MessageDTO(id: try message.requireID(), createdAt: message.createdAt, message: InboxMessage.text(message, language), values: message.values,
                       applicationId: message.$application.id, read: message.readAt != nil)
        }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func markRead(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        guard let message = try await InboxMessage.query(on: req.db).filter(\.$id == req.intParameter()).filter(\.$user.$id == user.requireID()).first() else {
            throw Problem.notFound()
        }
        message.readAt = message.readAt ?? Date()
        try await message.save(on: req.db)
        return .noContent
    }
}

extension InboxMessage {
    /// The message in `language`, its state named in that language too.
    static func text(_ message: InboxMessage, _ language: Language) -> String {
        var values = message.values
        if let state = values["state"].flatMap(ApplicationState.init(rawValue:)) { values["state"] = language.t(state.labelKey) }
        return language.t(message.messageKey, values)
    }
}
