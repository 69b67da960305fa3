/// An input as the organiser records it or a participant sends it.
struct InputDetails: Codable, Sendable {
    var text: String?
    var themeId: String?
    var sourceType: OrganizationType?
    /// A participant's private registration link secret: lets them send input to an open workshop without an account.
    var registration: String?
}

/// A follow-up action as the API and the form submit it.
struct ActionDetails: Codable, Sendable {
    var title: LocalizedText?
    var description: String?
    var ownerId: Int?
    var status: FollowUpAction.Status?
    var dueOn: String?
    var inputIds: [Int]?
}

extension FollowUpAction {
    /// Needs `inputs` loaded.
    var details: ActionDetails {
        ActionDetails(
            title: title, description: description, ownerId: $owner.id, status: status, dueOn: dueOn, inputIds: $inputs.value?.compactMap(\.id))
    }
}
