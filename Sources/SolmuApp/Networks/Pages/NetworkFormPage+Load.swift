import Fluent
import Vapor

extension NetworkFormPage {
    /// The page's loader: the form for a new network (`networkID` nil) or for the one named, with the themes and
    /// localities to choose from, named in `language`.
    static func load(networkID: Int?, networkName: String?, state: FormState, language: Language, on database: any Database) async throws
        -> NetworkFormPage
    {
        NetworkFormPage(networkID: networkID, networkName: networkName, state: state, options: try await AtlasOptions.load(database, language))
    }
}
