import Vapor

/// Who keeps which records of the atlas. Admins and atlas editors (editors who act for no organisation) keep all of it;
/// a user who acts for an organisation keeps that organisation's record and its people, and may add new organisations
/// — but not rewrite or delete another organisation's record.
enum AtlasAccess {
    static func keepsWholeAtlas(_ user: User) -> Bool { user.isAdmin || user.$organization.id == nil }

    static func canEdit(organizationID: Int?, _ user: User) -> Bool {
        keepsWholeAtlas(user) || (organizationID != nil && organizationID == user.$organization.id)
    }

    /// 403 unless `user` keeps the records of the organisation `organizationID` (nil: records of no organisation).
    static func require(organizationID: Int?, _ user: User) throws {
        guard canEdit(organizationID: organizationID, user) else { throw Abort(.forbidden) }
    }
}
