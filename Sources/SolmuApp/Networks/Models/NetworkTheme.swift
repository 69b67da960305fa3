import Fluent
import Foundation

/// Pivot: a network works on a theme (a term of the competence vocabulary).
final class NetworkTheme: Model, @unchecked Sendable {
    static let schema = "network_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "network_id") var network: Network
    @Parent(key: "competence_id") var competence: Competence

    init() {}

    init(network: Int, competence: String) {
        $network.id = network
        $competence.id = competence
    }
}
