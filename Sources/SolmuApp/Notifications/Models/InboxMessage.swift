import Fluent
import Foundation

/// A message in a user's in-app inbox: what happened to an application they are a contact of.
/// Stored as a translation key with its values, so it reads in whatever language the user reads it in.
final class InboxMessage: Model, @unchecked Sendable {
    static let schema = "inbox_messages"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: User
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "message_key") var messageKey: String
    @Field(key: "message_values") var messageValues: String
    @OptionalParent(key: "application_id") var application: FundingApplication?
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}

    var values: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(messageValues.utf8))) ?? [:]
    }
}
