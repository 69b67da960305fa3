/// The agenda item form: its fields once, the input made from what was posted.
enum AgendaItemForm: FormDescription {
    enum Key: String, FormKey { case number, title, presenterId, callId, projectId, decision, decisionPublic }

    static var fields: [FormField<Key>] {
        [
            .text(.number, "agendaItem.number", required: true), .text(.title, "meeting.item", required: true),
            .select(.presenterId, "meeting.presenter"),
            .select(.callId, "agendaItem.call", empty: "agendaItem.none"), .select(.projectId, "agendaItem.project", empty: "agendaItem.none"),
            .textArea(.decision, "meeting.decision"), .checkbox(.decisionPublic, "agendaItem.decisionPublic"),
        ]
    }

    /// Refuses a number that is not a whole number (an empty one too) before the editor's checks.
    static func input(_ posted: FormValues<Self>) throws -> AgendaItemInput {
        guard let number = Int(posted[.number] ?? "") else { throw Problem.validation(["number": "number.invalid"]) }
        return AgendaItemInput(
            number: number, title: posted[.title], presenterId: posted.int(.presenterId), projectId: posted.int(.projectId),
            callId: posted.int(.callId), decision: posted[.decision], decisionPublic: posted.isOn(.decisionPublic))
    }
}
