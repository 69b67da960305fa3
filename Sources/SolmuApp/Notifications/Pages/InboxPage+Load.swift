import Fluent
import Vapor

extension InboxPage {
    /// The page's loader: the user's latest messages, newest first, in `language`, each marked unread as it is now.
    static func load(for user: User, language: Language, on database: any Database) async throws -> InboxPage {
        InboxPage(
            messages: try await InboxLoader.messages(of: user, on: database).map { message in
                Message(
                    text: InboxMessage.text(message, language), createdAt: message.createdAt, unread: message.readAt == nil,
                    applicationID: message.$application.id)
            })
    }
}
