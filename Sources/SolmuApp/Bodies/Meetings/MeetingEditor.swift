import Fluent
import Foundation

/// Checks and saves a body's meetings, agenda items and attendance.
struct MeetingEditor {
    let database: any Database
    /// Needs members loaded.
    let body: GoverningBody

    func save(_ input: MeetingInput, into meeting: Meeting) async throws {
        var errors: [String: String] = [:]
        let startsAt = input.startsAt.nonEmpty.flatMap(HelsinkiTime.parse)
        if startsAt == nil { errors["startsAt"] = input.startsAt.nonEmpty == nil ? "field.required" : "time.invalid" }
        let url = input.onlineUrl.nonEmpty.map(OrganizationEditor.normalizeWebsite)
        if let url, url == nil { errors["onlineUrl"] = "organization.website.invalid" }
        if input.place.nonEmpty == nil, input.onlineUrl.nonEmpty == nil, errors["onlineUrl"] == nil { errors["place"] = "meeting.placeOrLink" }
        guard errors.isEmpty, let startsAt else { throw Problem.validation(errors) }
        meeting.$body.id = try body.requireID()
        meeting.startsAt = startsAt
        meeting.place = input.place.nonEmpty
        meeting.onlineURL = url ?? nil
        meeting.minutes = input.minutes.nonEmpty
        meeting.minutesPublic = input.minutesPublic ?? false
        try await meeting.save(on: database)
    }

    /// Removes the meeting with its agenda and attendance.
    func delete(_ meeting: Meeting) async throws {
        let id = try meeting.requireID()
        try await database.writeTransaction { db in
            try await AgendaItem.query(on: db).filter(\.$meeting.$id == id).delete()
            try await MeetingAttendance.query(on: db).filter(\.$meeting.$id == id).delete()
            try await meeting.delete(on: db)
        }
    }

    func saveItem(_ input: AgendaItemInput, meeting: Meeting, into item: AgendaItem) async throws {
        var errors: [String: String] = [:]
        let title = input.title.nonEmpty
        if title == nil { errors["title"] = "field.required" }
        if let number = input.number {
            if !(1...999).contains(number) {
                errors["number"] = "number.invalid"
            } else if meeting.items.contains(where: { $0.number == number && $0.id != item.id }) {
                errors["number"] = "agendaItem.number.taken"
            }
        } else {
            errors["number"] = "field.required"
        }
        if let presenter = input.presenterId, !body.members.contains(where: { $0.id == presenter }) {
            errors["presenterId"] = "agendaItem.presenter.notMember"
        }
        if let project = input.projectId, try await Project.find(project, on: database) == nil { errors["projectId"] = "project.unknown" }
        if let callID = input.callId {
            let call = try await Call.find(callID, on: database)
            if call == nil || call?.$programme.id != body.$programme.id { errors["callId"] = "agendaItem.call.notOfProgramme" }
        }
        guard errors.isEmpty, let title, let number = input.number else { throw Problem.validation(errors) }
        item.$meeting.id = try meeting.requireID()
        item.number = number
        item.title = title
        item.$presenter.id = input.presenterId
        item.$project.id = input.projectId
        item.$call.id = input.callId
        item.decision = input.decision.nonEmpty
        item.decisionPublic = input.decisionPublic ?? true
        do {
            try await item.save(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.validation(["number": "agendaItem.number.taken"])
        }
    }

    /// Replaces who attended; every id must be a seat of this body.
    func saveAttendance(_ input: AttendanceInput, meeting: Meeting) async throws {
        let seats = Set(body.members.compactMap(\.id))
        let present = Array(Set(input.present))
        if present.contains(where: { !seats.contains($0) }) { throw Problem.validation(["present": "agendaItem.presenter.notMember"]) }
        let id = try meeting.requireID()
        try await database.writeTransaction { db in
            try await db.replaceLinks(
                MeetingAttendance.query(on: db).filter(\.$meeting.$id == id),
                with: present.sorted().map { MeetingAttendance(meeting: id, member: $0) })
        }
    }
}
