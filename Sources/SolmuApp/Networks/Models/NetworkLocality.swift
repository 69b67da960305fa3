import Fluent
import Foundation

/// Pivot: a network covers a locality (municipality).
final class NetworkLocality: Model, @unchecked Sendable {
    static let schema = "network_localities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "network_id") var network: Network
    @Parent(key: "municipality_code") var municipality: Municipality

    init() {}

    init(network: Int, municipality: String) {
        $network.id = network
        $municipality.id = municipality
    }
}
