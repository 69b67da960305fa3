import Fluent

extension RegistrationPage {
    /// The page's loader: the registration (with its `event` loaded, as `RegistrationDesk.find` and `cancel` give it) and
    /// its place in the waiting list, as plain values. `token`: the private link's secret the page was opened with.
    static func load(
        _ registration: Registration, token: String, justRegistered: Bool = false, justCancelled: Bool = false,
        alreadyCancelled: Bool = false, publicURL: String, on database: any Database
    ) async throws -> RegistrationPage {
        let position = registration.status == .waiting ? try await RegistrationDesk.waitingRank(registration, on: database) : nil
        let event = registration.event
        return RegistrationPage(
            eventID: event.id ?? 0, eventTitle: event.title, eventDates: event.dates, invitationToken: event.invitationToken,
            inputsOpen: event.inputsOpen, name: registration.name, email: registration.email,
            registrationStatus: registration.status, promoted: registration.promotedAt != nil, token: token,
            waitingPosition: position, justRegistered: justRegistered, justCancelled: justCancelled,
            alreadyCancelled: alreadyCancelled, publicURL: publicURL)
    }

    /// The page behind the private link `token`, or 404 when the link is not one of ours.
    static func load(
        token: String, justRegistered: Bool = false, alreadyCancelled: Bool = false, publicURL: String,
        on database: any Database
    ) async throws -> RegistrationPage {
        let registration = try await RegistrationDesk.find(token: token, on: database)
        return try await load(
            registration, token: token, justRegistered: justRegistered, alreadyCancelled: alreadyCancelled,
            publicURL: publicURL, on: database)
    }
}
