/// The input form as posted: the text, its theme, the kind of organisation it came from; a participant's
/// registration link secret rides along hidden.
struct InputForm: Decodable {
    var text: String?
    var themeId: String?
    var sourceType: String?
    var registration: String?

    var details: InputDetails {
        InputDetails(text: text, themeId: themeId.nonEmpty, sourceType: sourceType.nonEmpty.flatMap(OrganizationType.init(rawValue:)),
                     registration: registration.nonEmpty)
    }

    var state: FormState {
        FormState(values: ["text": text ?? "", "themeId": themeId ?? "", "sourceType": sourceType ?? "", "registration": registration ?? ""])
    }
}

/// The follow-up action form as posted.
struct FollowUpActionForm: Decodable {
    var titleFi: String?
    var titleSv: String?
    var titleEn: String?
    var description: String?
    var ownerId: String?
    var status: String?
    var dueOn: String?
    var inputIds: [String]?

    func details() -> (ActionDetails, [String: String]) {
        var errors: [String: String] = [:]
        let status = status.nonEmpty.flatMap(FollowUpAction.Status.init(rawValue:))
        if self.status.nonEmpty != nil, status == nil { errors["status"] = "followUp.status.invalid" }
        return (ActionDetails(title: LocalizedText(fi: titleFi, sv: titleSv, en: titleEn), description: description, ownerId: ownerId.nonEmpty.flatMap { Int($0) },
                              status: status, dueOn: dueOn, inputIds: (inputIds ?? []).compactMap { Int($0) }), errors)
    }

    var state: FormState {
        FormState(values: ["titleFi": titleFi ?? "", "titleSv": titleSv ?? "", "titleEn": titleEn ?? "", "description": description ?? "",
                           "ownerId": ownerId ?? "", "status": status ?? "", "dueOn": dueOn ?? ""],
                  multiValues: ["inputIds": Set(inputIds ?? [])])
    }

    static func state(of action: FollowUpAction) -> FormState {
        FormState(values: ["titleFi": action.titleFi, "titleSv": action.titleSv ?? "", "titleEn": action.titleEn ?? "", "description": action.description ?? "",
                           "ownerId": action.$owner.id.map(String.init) ?? "", "status": action.status.rawValue, "dueOn": action.dueOn ?? ""],
                  multiValues: ["inputIds": Set(action.inputs.compactMap { $0.id.map(String.init) })])
    }
}
