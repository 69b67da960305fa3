/// A registration as the API and the form submit it.
struct RegistrationDetails: Codable, Sendable {
    var name: String?
    var organization: String?
    var email: String?
    var listConsent: Bool?
    var contactConsent: Bool?
    /// The invitation link's code, for an event by invitation.
    var invitation: String?
    /// The language messages are written in; the page's language when registering through a page.
    var language: Language?
}

/// The organiser's mark of attendance.
struct AttendanceDetails: Codable, Sendable {
    var attended: Bool?
}
