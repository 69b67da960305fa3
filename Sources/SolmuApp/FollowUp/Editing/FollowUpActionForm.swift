/// The follow-up action form: its fields once, the details made from what was posted, the values of an action to fill it with.
enum FollowUpActionForm: FormDescription {
    enum Key: String, FormKey { case titleFi, titleSv, titleEn, description, ownerId, status, dueOn, inputIds }

    static var fields: [FormField<Key>] {
        [
            .text(.titleFi, "call.titleFi", required: true), .text(.titleSv, "call.titleSv"), .text(.titleEn, "call.titleEn"),
            .textArea(.description, "action.description"), .select(.ownerId, "action.owner", empty: "value.notGiven"),
            .select(.status, "action.status"), .text(.dueOn, "action.dueOn", hint: "date.dayHint"), .checkboxes(.inputIds, "action.inputs"),
        ]
    }

    /// The details, and the errors found reading what was posted (a status that is not one of ours).
    static func details(_ posted: FormValues<Self>) -> (ActionDetails, [String: String]) {
        var errors: [String: String] = [:]
        let status = posted.text(.status).flatMap(FollowUpAction.Status.init(rawValue:))
        if posted.text(.status) != nil, status == nil { errors["status"] = "followUp.status.invalid" }
        return (
            ActionDetails(
                title: posted.localized(.titleFi, .titleSv, .titleEn), description: posted[.description], ownerId: posted.int(.ownerId),
                status: status, dueOn: posted[.dueOn], inputIds: posted.list(.inputIds).compactMap { Int($0) }), errors
        )
    }

    /// Needs the action's `inputs` loaded.
    static func values(of action: FollowUpAction) -> FormValues<Self> {
        FormValues(
            [
                .titleFi: action.titleFi, .titleSv: action.titleSv, .titleEn: action.titleEn, .description: action.description,
                .ownerId: action.$owner.id.map(String.init), .status: action.status.rawValue, .dueOn: action.dueOn,
            ],
            lists: [.inputIds: action.inputs.compactMap { $0.id.map(String.init) }])
    }
}
