import Fluent
import Foundation
import Vapor

/// An event for the registration benchmark: a synthetic network, one published event with `capacity` places whose
/// registration is open now, and an admin's API token to read its participants afterwards.
struct SyntheticEvent {
    let database: any Database

    struct Result {
        var eventID: Int
        var token: String
    }

    func fill(capacity: Int) async throws -> Result {
        let stamp = Int(Date().timeIntervalSince1970)
        let network = Network()
        network.name = "Synteettinen verkosto \(stamp)"
        network.kind = .network
        try await network.create(on: database)
        let event = Event()
        let starts = HelsinkiTime.local(Date().addingTimeInterval(30 * 86_400))
        try await EventEditor(database: database).save(
            EventDetails(
                kind: .seminar, networkId: try network.requireID(), title: LocalizedText(fi: "Synteettinen seminaari \(stamp)"), startsAt: starts,
                municipalityCode: "837", capacity: capacity, published: true), into: event)
        let admin = User(
            email: "admin-\(stamp)@synthetic.example", name: "Synteettinen ylläpitäjä", passwordHash: try Bcrypt.hash("synthetic", cost: 4),
            role: .admin)
        try await admin.create(on: database)
        let (token, plain) = try UserToken.generate(for: admin, label: "benchmark")
        try await token.create(on: database)
        return Result(eventID: try event.requireID(), token: plain)
    }
}
