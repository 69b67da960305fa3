import Fluent
import Foundation

/// Pivot: a round-table meeting (an event) where a topic was handled, with what was concluded there.
final class TopicMeeting: Model, @unchecked Sendable {
    static let schema = "roundtable_topic_meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "topic_id") var topic: RoundTableTopic
    @Parent(key: "event_id") var event: Event

    init() {}

    init(topic: Int, event: Int) {
        $topic.id = topic
        $event.id = event
    }
}
