import Fluent
import Foundation

/// Checks and saves a contact person; shared by the forms and the API.
struct PersonEditor {
    let database: any Database

    func checkAndSave(_ input: PersonInput, into person: Person) async throws {
        var errors: [String: String] = [:]
        let name = input.name.nonEmpty
        if name == nil { errors["name"] = "field.required" } else if name!.count > 200 { errors["name"] = "field.tooLong" }
        if let id = input.organizationId, try await Organization.find(id, on: database) == nil {
            errors["organizationId"] = "person.organization.unknown"
        }
        let email = input.email.nonEmpty?.lowercased()
        if let email, !Self.looksLikeEmail(email) { errors["email"] = "person.email.invalid" }
        var phone: String?
        if let raw = input.phone.nonEmpty {
            phone = Self.normalizePhone(raw)
            if phone == nil { errors["phone"] = "person.phone.invalid" }
        }
        guard errors.isEmpty, let name else { throw Problem.validation(errors) }
        person.name = name
        person.title = input.title ?? LocalizedText()
        person.$organization.id = input.organizationId
        person.email = email
        person.phone = phone
        person.contactConsent = input.contactConsent ?? false
        try await person.save(on: database)
    }

    func delete(_ person: Person) async throws {
        try await person.delete(on: database)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace) && text.count <= 254
    }

    /// Any common way of writing a phone number → `+358…`: `040 123 4567`, `(09) 310 1234`, `+358 40 1234567`, `00358…`.
    static func normalizePhone(_ raw: String) -> String? {
        let allowed = CharacterSet(charactersIn: "+0123456789 -()./")
        guard raw.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        var digits = raw.filter(\.isNumber)
        let international = raw.trimmingCharacters(in: .whitespaces).hasPrefix("+")
        if international {
            // "+358 (0)40 …": the trunk zero in brackets is not dialled from abroad.
            if raw.contains("(0)") { digits = digits.replacingOccurrences(of: "3580", with: "358", options: .anchored) }
        } else if digits.hasPrefix("00") {
            digits.removeFirst(2)
        } else if digits.hasPrefix("0") {
            digits = "358" + digits.dropFirst()
        } else {
            return nil
        }
        guard (8...15).contains(digits.count) else { return nil }
        return "+" + digits
    }
}
