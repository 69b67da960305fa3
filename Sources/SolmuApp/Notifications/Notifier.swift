import Fluent
import Foundation

/// Tells an application's consortium of each change of its state: a message in the in-app inbox of every
/// consortium user, and an e-mail in the outbox to every contact person with an address. Runs in the change's
/// own transaction, so the change and its notices land together or not at all.
struct Notifier {
    let database: any Database
    /// Solmu's public address, for the link in the e-mail.
    let publicURL: String
    var now = Date()

    /// Needs partners with contact persons loaded.
    func stateChanged(_ application: FundingApplication, to state: ApplicationState, reason: String?) async throws {
        let applicationID = try application.requireID()
        let values = ["title": application.title, "state": state.rawValue]
        let valuesJSON = String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
        let personIDs = application.partners.compactMap(\.$contactPerson.id)
        var users = personIDs.isEmpty ? [] : try await User.query(on: database).filter(\.$person.$id ~~ personIDs).all()
        if let creator = application.$createdBy.id, !users.contains(where: { $0.id == creator }),
            let user = try await User.find(creator, on: database)
        {
            users.append(user)
        }
        for user in users {
            let message = InboxMessage()
            message.$user.id = try user.requireID()
            message.createdAt = now
            message.messageKey = "inbox.stateChanged"
            message.messageValues = valuesJSON
            message.$application.id = applicationID
            try await message.create(on: database)
        }
        let addresses = Set(application.partners.compactMap { $0.contactPerson?.email.nonEmpty })
        for address in addresses.sorted() {
            try await OutboxMail(recipient: address, subject: subject(application, state), body: body(application, state, reason: reason), at: now)
                .queue(on: database)
        }
    }

    /// Finnish first, then Swedish and English, as public bodies in Finland write to people whose language they do not know.
    private func subject(_ application: FundingApplication, _ state: ApplicationState) -> String {
        "Solmu: \(application.title) – \(Language.fi.t(state.labelKey))"
    }

    private func body(_ application: FundingApplication, _ state: ApplicationState, reason: String?) -> String {
        Language.allCases.map { language in
            let link = publicURL + SiteURL.application(application.id ?? 0).path(language)
            var text = language.t("mail.stateChanged", ["title": application.title, "state": language.t(state.labelKey)])
            if let reason { text += "\n" + language.t("mail.reason", ["reason": reason]) }
            return text + "\n" + link
        }.joined(separator: "\n\n---\n\n")
    }
}
