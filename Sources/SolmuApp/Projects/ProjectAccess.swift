import Fluent
import Vapor

/// Who keeps a project: admins, its programme's coordinators, users acting for its lead implementer, and its
/// project managers — signed-in users who are the contact person of one of its implementers.
/// Anyone who acts for an organisation (`User.mayStartForOrganization`) may start a project; that organisation becomes its lead implementer.
enum ProjectAccess {
    /// Needs implementers loaded; loads the programme's coordinator if there is a programme.
    static func canEdit(_ user: User, _ project: Project, on database: any Database) async throws -> Bool {
        if user.isAdmin { return true }
        if let personID = user.$person.id, project.implementers.contains(where: { $0.$contactPerson.id == personID }) { return true }
        if let organizationID = user.$organization.id {
            if project.implementers.contains(where: { $0.role == .lead && $0.$organization.id == organizationID }) { return true }
            if let programmeID = project.$programme.id,
                try await Programme.find(programmeID, on: database)?.$coordinator.id == organizationID
            {
                return true
            }
        }
        return false
    }

    /// The project for editing, or 404 / 403.
    static func requireEditable(_ id: Int, by user: User, on database: any Database) async throws -> Project {
        let project = try await ProjectLoader.require(id, on: database)
        guard try await canEdit(user, project, on: database) else { throw Abort(.forbidden) }
        return project
    }

    /// After a non-admin starts a project, their organisation leads it.
    static func makeCreatorLead(_ user: User, of project: Project, on database: any Database) async throws {
        guard let organizationID = user.$organization.id, !user.isAdmin else { return }
        let lead = ProjectImplementer()
        lead.$project.id = try project.requireID()
        lead.$organization.id = organizationID
        lead.role = .lead
        try await lead.create(on: database)
    }
}
