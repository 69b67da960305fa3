import Fluent
import Foundation

/// An e-mail waiting to be delivered, or delivered. Written in the same transaction as what it tells of, so a
/// change is never made without its mail (nor a mail sent for a change that rolled back); `MailDelivery` hands it
/// to the configured sendmail-compatible program afterwards.
final class OutboxMail: Model, @unchecked Sendable {
    static let schema = "outbox_mails"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    /// While set and in the future, a sender is delivering this mail and no other takes it.
    @OptionalField(key: "claimed_until") var claimedUntil: Date?

    init() { attempts = 0 }

    init(recipient: String, subject: String, body: String, at date: Date) {
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.createdAt = date
        self.attempts = 0
    }
}
