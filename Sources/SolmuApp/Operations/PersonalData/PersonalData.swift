import Foundation

/// How personal data looks once erased: records that others' data hangs on (a registration's place in the waiting
/// list, an audit trail's line) stay, emptied of who the person was.
enum PersonalData {
    static let erasedName = "—"
    static let erasedEmail = ""

    static func erase(_ registration: Registration) {
        registration.name = erasedName
        registration.organization = nil
        registration.email = erasedEmail
        registration.listConsent = false
        registration.contactConsent = false
        registration.$user.id = nil
    }
}
