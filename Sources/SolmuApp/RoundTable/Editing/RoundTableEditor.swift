import Fluent
import Foundation

/// Checks and saves round-table topics and stakeholders' positions.
struct RoundTableEditor {
    let database: any Database

    func save(_ details: TopicDetails, into topic: RoundTableTopic, formErrors: [String: String] = [:]) async throws {
        var errors = formErrors
        let title = details.title ?? LocalizedText()
        if title.fi == nil { errors["title"] = "field.required" }
        if details.networkId == nil { errors["networkId"] = "field.required" }
        let meetingIDs = Array(Set(details.meetingIds ?? [])).sorted()
        if !meetingIDs.isEmpty {
            // Only the round table's own meetings: events of its network of the kind round-table meeting.
            let found = try await Event.query(on: database).filter(\.$id ~~ meetingIDs).filter(\.$kind == .roundTableMeeting)
                .filter(\.$network.$id == details.networkId).count()
            if found != meetingIDs.count { errors["meetingIds"] = "topic.meetings.unknown" }
        }
        guard errors.isEmpty, let networkID = details.networkId else { throw Problem.validation(errors) }
        topic.$network.id = networkID
        topic.title = title
        topic.area = details.area ?? LocalizedText()
        topic.description = details.description ?? LocalizedText()
        topic.status = details.status ?? .proposed
        try await database.writeTransaction { db in
            try await topic.save(on: db)
            let id = try topic.requireID()
            try await db.replaceLinks(
                TopicMeeting.query(on: db).filter(\.$topic.$id == id), with: meetingIDs.map { TopicMeeting(topic: id, event: $0) })
        }
    }

    /// Removes a stakeholder's position.
    func deletePosition(_ position: StakeholderPosition) async throws {
        try await position.delete(on: database)
    }

    func savePosition(_ details: PositionDetails, topic: RoundTableTopic, into position: StakeholderPosition) async throws {
        var errors: [String: String] = [:]
        if let organization = details.organizationId {
            if try await Organization.find(organization, on: database) == nil { errors["organizationId"] = "organization.unknown" }
        } else {
            errors["organizationId"] = "field.required"
        }
        if details.stance == nil { errors["stance"] = "field.required" }
        if let stated = details.statedOn.nonEmpty, PartialDate(stated) == nil { errors["statedOn"] = "date.invalid" }
        guard errors.isEmpty, let organization = details.organizationId, let stance = details.stance else { throw Problem.validation(errors) }
        position.$topic.id = try topic.requireID()
        position.$organization.id = organization
        position.stance = stance
        position.text = details.text.nonEmpty
        position.statedOn = details.statedOn.nonEmpty.flatMap(PartialDate.init)?.text
        try await position.save(on: database)
    }
}
