import Plot
import Vapor

/// The forms a body's keeper records meetings with: the meeting itself, and an agenda item with its decision.
enum MeetingForms {
    /// A new meeting, or (with `meeting`) the record of one: its minutes and who attended.
    static func meeting(_ body: GoverningBody, meeting: Meeting? = nil, state: FormState, _ context: PageContext) -> FormPage {
        let id = body.id ?? 0
        let labels = ["startsAt": context.t("meeting.startsAt"), "place": context.t("meeting.place"), "onlineUrl": context.t("meeting.online"),
                      "minutes": context.t("meeting.minutes"), "present": context.t("meeting.attendance")]
        let seats = body.members.sorted { $0.order < $1.order }.map { (value: "\($0.id ?? 0)", label: $0.person.name) }
        return FormPage(
            title: meeting.map { context.t("meeting.editTitle", ["when": Formatting.dateTime($0.startsAt, context.language)]) }
                ?? context.t("meeting.new", ["body": body.name.display(context.language)]),
            action: meeting.map { context.link(.editMeeting(id, $0.id ?? 0)) } ?? context.link(.newMeeting(id)),
            cancel: meeting.map { context.link(.meeting(id, $0.id ?? 0)) } ?? context.link(.body(id)), state: state, labels: labels,
            fields: [
                FormFields.text("startsAt", label: labels["startsAt"]!, hint: context.t("meeting.startsAtHint"), required: true, state, context),
                FormFields.text("place", label: labels["place"]!, state, context),
                FormFields.text("onlineUrl", label: labels["onlineUrl"]!, type: .url, state, context),
                FormFields.textArea("minutes", label: labels["minutes"]!, state, context),
                FormFields.checkbox("minutesPublic", label: context.t("meeting.minutesPublic"), checked: !state.value("minutesPublic").isEmpty, context),
            ] + (meeting == nil ? [] : [FormFields.checkboxes("present", legend: labels["present"]!, options: seats, state, context)]))
    }

    /// `projects` and `calls`: what an item may concern (the programme's projects and calls).
    static func item(_ body: GoverningBody, meeting: Meeting, projects: [(value: String, label: String)] = [], calls: [(value: String, label: String)] = [],
                     state: FormState, _ context: PageContext) -> FormPage {
        let id = body.id ?? 0, meetingID = meeting.id ?? 0
        let labels = ["number": context.t("agendaItem.number"), "title": context.t("meeting.item"), "presenterId": context.t("meeting.presenter"),
                      "decision": context.t("meeting.decision"), "projectId": context.t("agendaItem.project"), "callId": context.t("agendaItem.call")]
        let seats = body.seats.map { (value: "\($0.member.id ?? 0)", label: $0.member.person.name) }
        return FormPage(
            title: context.t("agendaItem.new"), action: context.link(.newAgendaItem(id, meetingID)), cancel: context.link(.meeting(id, meetingID)),
            state: state, labels: labels,
            fields: [
                FormFields.text("number", label: labels["number"]!, required: true, state, context),
                FormFields.text("title", label: labels["title"]!, required: true, state, context),
                FormFields.select("presenterId", label: labels["presenterId"]!, emptyLabel: context.t("form.choose"), options: seats, state, context),
                FormFields.select("callId", label: labels["callId"]!, emptyLabel: context.t("agendaItem.none"), options: calls, state, context),
                FormFields.select("projectId", label: labels["projectId"]!, emptyLabel: context.t("agendaItem.none"), options: projects, state, context),
                FormFields.textArea("decision", label: labels["decision"]!, state, context),
                FormFields.checkbox("decisionPublic", label: context.t("agendaItem.decisionPublic"), checked: !state.value("decisionPublic").isEmpty, context),
            ])
    }
}
