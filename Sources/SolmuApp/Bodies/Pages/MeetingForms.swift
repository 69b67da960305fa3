import Plot
import Vapor

/// The forms a body's keeper records meetings with: the meeting itself, and an agenda item with its decision.
enum MeetingForms {
    /// A new meeting, or (with `meeting`) the record of one: its minutes and who attended.
    static func meeting(_ body: GoverningBody, meeting: Meeting? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = body.id ?? 0
        let seats = body.members.sorted { $0.order < $1.order }.map { (value: "\($0.id ?? 0)", label: $0.person.name) }
        return FormPage(
            MeetingForm.self,
            title: meeting.map { context.t("meeting.editTitle", ["when": Formatting.dateTime($0.startsAt, context.language)]) }
                ?? context.t("meeting.new", ["body": body.name.display(context.language)]),
            action: meeting.map { context.link(.editMeeting(id, $0.id ?? 0)) } ?? context.link(.newMeeting(id)),
            cancel: meeting.map { context.link(.meeting(id, $0.id ?? 0)) } ?? context.link(.body(id)), state: state,
            fields: FormFields.draw(MeetingForm.self, state, context, options: [.present: seats], except: meeting == nil ? [.present] : []),
            submitLabel: context.t(meeting == nil ? "meeting.newLink" : "form.save"),
            breadcrumbs: BodyForms.trail(body, context)
                + (meeting.map { [(title: Formatting.dateTime($0.startsAt, context.language), href: context.link(.meeting(id, $0.id ?? 0)))] } ?? []),
            context: context)
    }

    /// `projects` and `calls`: what an item may concern (the programme's projects and calls).
    static func item(
        _ body: GoverningBody, meeting: Meeting, projects: [(value: String, label: String)] = [], calls: [(value: String, label: String)] = [],
        state: FormState, _ context: PageContext
    ) -> FormPage {
        let id = body.id ?? 0, meetingID = meeting.id ?? 0
        let seats = body.seats.map { (value: "\($0.member.id ?? 0)", label: $0.member.person.name) }
        return FormPage(
            AgendaItemForm.self,
            title: context.t("agendaItem.new"), action: context.link(.newAgendaItem(id, meetingID)), cancel: context.link(.meeting(id, meetingID)),
            state: state,
            fields: FormFields.draw(AgendaItemForm.self, state, context, options: [.presenterId: seats, .callId: calls, .projectId: projects]),
            submitLabel: context.t("agendaItem.new"),
            breadcrumbs: BodyForms.trail(body, context)
                + [(title: Formatting.dateTime(meeting.startsAt, context.language), href: context.link(.meeting(id, meetingID)))],
            context: context)
    }
}
