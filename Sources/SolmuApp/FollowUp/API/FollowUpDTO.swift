import Foundation
import Vapor

/// An input as anyone may read it (no personal data), with what became of it: the actions that answer it.
struct InputDTO: Content {
    var id: Int
    var eventId: Int
    var text: String
    var themeId: String?
    var sourceType: OrganizationType?
    var online: Bool
    var recordedAt: Date
    var actionIds: [Int]
}

struct FollowUpActionDTO: Content {
    var id: Int
    var networkId: Int
    var title: LocalizedText
    var description: String?
    var ownerId: Int?
    var status: FollowUpAction.Status
    var dueOn: String?
    var inputIds: [Int]
}

extension WorkshopInput {
    /// Needs `actions` loaded.
    func toDTO() throws -> InputDTO {
        InputDTO(
            id: try requireID(), eventId: $event.id, text: text, themeId: $theme.id, sourceType: sourceType, online: online, recordedAt: createdAt,
            actionIds: actions.compactMap(\.id).sorted())
    }
}

extension FollowUpAction {
    /// Needs `inputs` loaded.
    func toDTO() throws -> FollowUpActionDTO {
        FollowUpActionDTO(
            id: try requireID(), networkId: $network.id, title: title, description: description, ownerId: $owner.id, status: status, dueOn: dueOn,
            inputIds: inputs.compactMap(\.id).sorted())
    }
}
