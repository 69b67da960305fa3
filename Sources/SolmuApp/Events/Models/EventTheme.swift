import Fluent
import Foundation

/// Pivot: an event is about a theme (a term of the competence vocabulary).
final class EventTheme: Model, @unchecked Sendable {
    static let schema = "event_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Parent(key: "competence_id") var competence: Competence

    init() {}

    init(event: Int, competence: String) {
        $event.id = event
        $competence.id = competence
    }
}
