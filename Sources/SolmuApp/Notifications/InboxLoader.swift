import Fluent
import Vapor

/// Reads a user's inbox for its page and API.
enum InboxLoader {
    /// The user's latest 200 messages, newest first.
    static func messages(of user: User, on database: any Database) async throws -> [InboxMessage] {
        try await InboxMessage.query(on: database).filter(\.$user.$id == user.requireID()).sort(\.$createdAt, .descending).sort(\.$id, .descending)
            .range(..<200).all()
    }

    /// The user's message `id`, or 404.
    static func message(_ id: Int, of user: User, on database: any Database) async throws -> InboxMessage {
        guard let message = try await InboxMessage.query(on: database).filter(\.$id == id).filter(\.$user.$id == user.requireID()).first() else {
            throw Problem.notFound()
        }
        return message
    }
}

/// Marks inbox messages read.
struct InboxEditor {
    let database: any Database

    /// Every unread message of the user, read at `now`.
    func markAllRead(of user: User, at now: Date = Date()) async throws {
        try await InboxMessage.query(on: database).filter(\.$user.$id == user.requireID()).filter(\.$readAt == nil).set(\.$readAt, to: now).update()
    }

    /// The message, read at `now` unless it was read before.
    func markRead(_ message: InboxMessage, at now: Date = Date()) async throws {
        message.readAt = message.readAt ?? now
        try await message.save(on: database)
    }
}
