import Fluent
import Foundation

/// A goal of an ecosystem's strategy: what is to be reached (a measurable target), from when, by when, and how far it is.
final class EcosystemGoal: Model, @unchecked Sendable {
    static let schema = "ecosystem_goals"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "ecosystem_id") var ecosystem: Ecosystem
    @Field(key: "title") var title: String
    /// The measurable target, e.g. "20 new companies in the test bed".
    @Field(key: "target") var target: String
    @OptionalField(key: "starts_on") var startsOn: String?
    @Field(key: "target_date") var targetDate: String
    /// How far the goal is, 0–100 %, as the coordinator last judged it.
    @OptionalField(key: "progress") var progress: Int?

    init() {}
}
