import Vapor

extension OrganizationFilter {
    /// Reads `q`, `type`, `region`, `municipality`, `competence` from the query string; an unknown type is a 422.
    init(_ request: Request) throws {
        func value(_ name: String) -> String? { request.query[String.self, at: name].nonEmpty }
        query = value("q")
        regionCode = value("region")
        municipalityCode = value("municipality")
        competenceID = value("competence")
        if let raw = value("type") {
            guard let parsed = OrganizationType(rawValue: raw) else { throw Problem.validation(["type": "organization.type.invalid"]) }
            type = parsed
        }
    }
}
