import Fluent
import Vapor

/// Who sees and does what with an application. The consortium (its contact persons who have an account, and the
/// user who started it) edits it while it is a draft or returned; the programme's office (its keepers) runs the
/// process; a reviewer reads it once they have declared no conflict of interest; members of the programme's
/// governing bodies read it once it is assessed. Nobody else sees an application at all (drafts, scores, reviewers).
enum ApplicationAccess {
    /// Needs partners loaded.
    static func isConsortium(_ user: User?, _ application: FundingApplication) -> Bool {
        guard let user else { return false }
        if let creator = application.$createdBy.id, creator == user.id { return true }
        guard let person = user.$person.id else { return false }
        return application.partners.contains { $0.$contactPerson.id == person }
    }

    /// Needs the call and its programme loaded.
    static func isOffice(_ user: User?, _ application: FundingApplication) -> Bool {
        CallAccess.canEdit(user, application.call)
    }

    static func isBodyMember(_ user: User?, programme: Int, on database: any Database) async throws -> Bool {
        guard let person = user?.$person.id else { return false }
        return try await BodyMember.query(on: database).join(GoverningBody.self, on: \BodyMember.$body.$id == \GoverningBody.$id)
            .filter(GoverningBody.self, \.$programme.$id == programme).filter(\.$person.$id == person).count() > 0
    }

    static func isDeclaredReviewer(_ user: User?, _ application: FundingApplication, on database: any Database) async throws -> Bool {
        guard let userID = user?.id else { return false }
        return try await Review.query(on: database).filter(\.$application.$id == application.requireID()).filter(\.$reviewer.$id == userID)
            .filter(\.$state ~~ [.inProgress, .submitted]).count() > 0
    }

    static let bodyStates: Set<ApplicationState> = [.assessed, .proposed, .funded, .rejected]

    static func canRead(_ user: User?, _ application: FundingApplication, on database: any Database) async throws -> Bool {
        guard user != nil else { return false }
        if isConsortium(user, application) || isOffice(user, application) { return true }
        if bodyStates.contains(application.state), try await isBodyMember(user, programme: application.call.$programme.id, on: database) {
            return true
        }
        return try await isDeclaredReviewer(user, application, on: database)
    }

    /// The application for reading, or 404 (its existence is not told to those who may not read it).
    static func requireReadable(_ id: Int, by user: User?, on database: any Database) async throws -> FundingApplication {
        let application = try await ApplicationLoader.require(id, on: database)
        guard try await canRead(user, application, on: database) else {
            if user == nil { throw Abort(.unauthorized) }
            throw Problem.notFound()
        }
        return application
    }
}
