import Fluent
import Foundation

/// Everything Solmu holds about one person, found by their e-mail address: their account (with its tokens, sessions,
/// inbox and what it did), their entries in the atlas with the contact roles they hold, their event registrations,
/// the mail sent to them and the failed sign-ins under their address. What `solmu person export` and the admins'
/// page give, as JSON.
struct PersonalDataExport: Codable, Sendable {
    struct Account: Codable, Sendable {
        var name: String
        var email: String
        var role: String
        var organizationId: Int?
        var createdAt: Date?
        var tokens: [Token]
        var activeSessions: Int
        var inbox: [Message]
        var applicationsStarted: [Int]
        var assessmentsAsReviewer: Int
        var platformsOwned: [String]
    }

    struct Token: Codable, Sendable { var label: String; var createdAt: Date?; var expiresAt: Date? }
    struct Message: Codable, Sendable { var createdAt: Date; var key: String; var values: String; var read: Bool }

    struct AtlasPerson: Codable, Sendable {
        var id: Int
        var name: String
        var title: LocalizedText
        var email: String?
        var phone: String?
        var contactConsent: Bool
        var organizationId: Int?
        /// Where the person is named as a contact or member: `network member 3`, `body seat 12`, …
        var roles: [String]
    }

    struct EventRegistration: Codable, Sendable {
        var eventId: Int
        var name: String
        var organization: String?
        var status: String
        var createdAt: Date
        var listConsent: Bool
        var contactConsent: Bool
        var attended: Bool
    }

    struct Mail: Codable, Sendable { var subject: String; var body: String; var createdAt: Date; var sentAt: Date? }
    struct SignIn: Codable, Sendable { var attemptedAt: Date; var address: String }

    var email: String
    var exportedAt: Date
    var account: Account?
    var atlasPeople: [AtlasPerson]
    var registrations: [EventRegistration]
    var mail: [Mail]
    var failedSignIns: [SignIn]

    var isEmpty: Bool { account == nil && atlasPeople.isEmpty && registrations.isEmpty && mail.isEmpty && failedSignIns.isEmpty }

    static func collect(email raw: String, on database: any Database) async throws -> PersonalDataExport {
        let email = User.normalize(email: raw)
        var account: Account?
        var userID: UUID?
        if let user = try await User.query(on: database).filter(\.$email == email).first() {
            let id = try user.requireID()
            userID = id
            account = Account(
                name: user.name, email: user.email, role: user.role.rawValue, organizationId: user.$organization.id, createdAt: user.createdAt,
                tokens: try await UserToken.query(on: database).filter(\.$user.$id == id).all()
                    .map { Token(label: $0.label, createdAt: $0.createdAt, expiresAt: $0.expiresAt) },
                activeSessions: try await UserSession.query(on: database).filter(\.$user.$id == id).filter(\.$expiresAt > Date()).count(),
                inbox: try await InboxMessage.query(on: database).filter(\.$user.$id == id).sort(\.$createdAt).all()
                    .map { Message(createdAt: $0.createdAt, key: $0.messageKey, values: $0.messageValues, read: $0.readAt != nil) },
                applicationsStarted: try await FundingApplication.query(on: database).filter(\.$createdBy.$id == id).all().compactMap(\.id),
                assessmentsAsReviewer: try await Review.query(on: database).filter(\.$reviewer.$id == id).count(),
                platformsOwned: try await Platform.query(on: database).filter(\.$user.$id == id).all().map(\.name))
        }
        let signedInAs = userID
        var people: [AtlasPerson] = []
        for person in try await Person.query(on: database).filter(\.$email == email).sort(\.$id).all() {
            people.append(
                AtlasPerson(
                    id: try person.requireID(), name: person.name,
                    title: LocalizedText(fi: person.titleFi, sv: person.titleSv, en: person.titleEn),
                    email: person.email, phone: person.phone, contactConsent: person.contactConsent,
                    organizationId: person.$organization.id, roles: try await roles(of: person.requireID(), on: database)))
        }
        return PersonalDataExport(
            email: email, exportedAt: Date(), account: account, atlasPeople: people,
            registrations: try await Registration.query(on: database)
                .group(.or) { group in
                    group.filter(\.$email == email)
                    if let signedInAs { group.filter(\.$user.$id == signedInAs) }
                }
                .sort(\.$createdAt).all().map {
                    EventRegistration(
                        eventId: $0.$event.id, name: $0.name, organization: $0.organization, status: $0.status.rawValue,
                        createdAt: $0.createdAt, listConsent: $0.listConsent, contactConsent: $0.contactConsent, attended: $0.attended)
                },
            mail: try await OutboxMail.query(on: database).filter(\.$recipient == email).sort(\.$createdAt).all()
                .map { Mail(subject: $0.subject, body: $0.body, createdAt: $0.createdAt, sentAt: $0.sentAt) },
            failedSignIns: try await SignInAttempt.query(on: database).filter(\.$email == email).sort(\.$attemptedAt).all()
                .map { SignIn(attemptedAt: $0.attemptedAt, address: $0.address) })
    }

    /// The places a person of the atlas is named: memberships, contacts, seats.
    static func roles(of personID: Int, on database: any Database) async throws -> [String] {
        var roles: [String] = []
        roles += try await NetworkMember.query(on: database).filter(\.$contactPerson.$id == personID).all().compactMap(\.id).map {
            "network member \($0)"
        }
        roles += try await ProjectImplementer.query(on: database).filter(\.$contactPerson.$id == personID).all().compactMap(\.id).map {
            "project implementer \($0)"
        }
        roles += try await ApplicationPartner.query(on: database).filter(\.$contactPerson.$id == personID).all().compactMap(\.id).map {
            "application partner \($0)"
        }
        roles += try await Ecosystem.query(on: database).filter(\.$contactPerson.$id == personID).all().compactMap(\.id).map {
            "ecosystem contact \($0)"
        }
        roles += try await BodyMember.query(on: database).filter(\.$person.$id == personID).all().compactMap(\.id).map { "body seat \($0)" }
        return roles
    }
}
