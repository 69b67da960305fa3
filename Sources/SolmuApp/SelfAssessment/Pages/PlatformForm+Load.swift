import Fluent
import Vapor

extension PlatformForm {
    /// The choices of the platform form's selects in `language`: the kinds, municipalities and organisations, and
    /// the ecosystems and networks a platform may be linked to.
    static func options(_ language: Language, on database: any Database) async throws -> [Key: FormFields.Options] {
        let atlas = try await AtlasOptions.load(database, language)
        let links = try await PlatformLoader.linkOptions(on: database)
        let kinds = Platform.Kind.allCases.map { (value: $0.rawValue, label: language.t($0.labelKey)) }
        let organizations = try await AtlasOptions.organizations(database)
        return [
            .kind: kinds, .municipalityCode: atlas.municipalities, .organizationId: organizations,
            .ecosystemId: links.ecosystems, .networkId: links.networks,
        ]
    }
}
