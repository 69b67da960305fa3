import Fluent
import Foundation

/// Erases one person's data, found by e-mail, in one transaction. What can go goes: sessions, tokens, inbox, mail,
/// failed sign-ins. What others' records hang on stays, emptied of who the person was: the account becomes a pseudonym,
/// the audit trail's lines and indicator reports keep pointing at it but their copy of the name becomes "—",
/// registrations keep their place in the count, the atlas entry keeps its seats and roles but no name, title, address or phone.
enum PersonalDataErasure {
    struct Summary: Codable, Sendable, CustomStringConvertible {
        var account = false
        var atlasPeople = 0
        var registrations = 0
        var mails = 0
        var inbox = 0
        var tokens = 0
        var sessions = 0
        var signIns = 0

        var description: String {
            "account \(account ? "pseudonymised" : "none"), atlas entries \(atlasPeople), registrations \(registrations), mails \(mails), "
                + "inbox messages \(inbox), tokens \(tokens), sessions \(sessions), failed sign-ins \(signIns)"
        }
    }

    static func erase(email raw: String, on database: any Database) async throws -> Summary {
        let email = User.normalize(email: raw)
        guard !email.isEmpty else { return Summary() }
        return try await database.writeTransaction { db in
            var summary = Summary()
            if let user = try await User.query(on: db).filter(\.$email == email).first() {
                let id = try user.requireID()
                summary.sessions = try await UserSession.query(on: db).filter(\.$user.$id == id).deleteCounting()
                summary.tokens = try await UserToken.query(on: db).filter(\.$user.$id == id).deleteCounting()
                summary.inbox = try await InboxMessage.query(on: db).filter(\.$user.$id == id).deleteCounting()
                for registration in try await Registration.query(on: db).filter(\.$user.$id == id).all() {
                    PersonalData.erase(registration)
                    try await registration.save(on: db)
                    summary.registrations += 1
                }
                try await AuditTrail.pseudonymise(actor: id, on: db)
                user.email = "erased-\(id.uuidString.lowercased())@invalid"
                user.name = PersonalData.erasedName
                user.passwordHash = "!"
                user.$person.id = nil
                try await user.save(on: db)
                summary.account = true
            }
            for person in try await Person.query(on: db).filter(\.$email == email).all() {
                person.name = PersonalData.erasedName
                person.titleFi = nil
                person.titleSv = nil
                person.titleEn = nil
                person.email = nil
                person.phone = nil
                person.contactConsent = false
                try await person.save(on: db)
                summary.atlasPeople += 1
            }
            for registration in try await Registration.query(on: db).filter(\.$email == email).all() {
                PersonalData.erase(registration)
                try await registration.save(on: db)
                summary.registrations += 1
            }
            summary.mails = try await OutboxMail.query(on: db).filter(\.$recipient == email).deleteCounting()
            summary.signIns = try await SignInAttempt.query(on: db).filter(\.$email == email).deleteCounting()
            return summary
        }
    }
}
