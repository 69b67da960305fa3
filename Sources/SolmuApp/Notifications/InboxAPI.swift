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

    func list(req: Request) async throws -> Response {
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        let language = Language.preferred(acceptLanguage: req.headers.first(name: .acceptLanguage))
        let items = try await InboxLoader.messages(of: user, on: req.db).map { message in
            MessageDTO(
                id: try message.requireID(), createdAt: message.createdAt, message: InboxMessage.text(message, language), values: message.values,
                applicationId: message.$application.id, read: message.readAt != nil)
        }
        return try await ListEnvelope(items: items, total: items.count, limit: items.count, offset: 0).encodeResponse(for: req)
    }

    func markRead(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let message = try await InboxLoader.message(req.intParameter(), of: user, on: req.db)
        try await InboxEditor(database: req.db).markRead(message)
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
