import Fluent
import Vapor

/// Loads assessments with their application, scores and reviewer: for the reviewer's pages, the application's page
/// (its reviews, for the office) and the API alike.
enum ReviewLoader {
    static func query(_ database: any Database) -> QueryBuilder<Review> {
        Review.query(on: database).with(\.$application).with(\.$scores).with(\.$reviewer)
    }

    /// The assessment with its application, scores and reviewer, or nil.
    static func find(_ id: Int, on database: any Database) async throws -> Review? {
        try await query(database).filter(\.$id == id).first()
    }

    /// One of the application's assessments (nothing of it loaded), or nil: what the office withdraws.
    static func find(_ id: Int, ofApplication applicationID: Int, on database: any Database) async throws -> Review? {
        try await Review.query(on: database).filter(\.$id == id).filter(\.$application.$id == applicationID).first()
    }

    /// What `user` has been assigned to review, newest first.
    static func mine(of user: User, on database: any Database) async throws -> [Review] {
        try await query(database).filter(\.$reviewer.$id == user.requireID()).sort(\.$id, .descending).all()
    }

    /// Every review of the application, in the order they were assigned, each with its reviewer.
    static func ofApplication(_ application: FundingApplication, on database: any Database) async throws -> [Review] {
        try await query(database).filter(\.$application.$id == application.requireID()).sort(\.$id).all()
    }

    /// Users who could review the application: anyone not of the consortium and not already assigned, by name, as a form's
    /// options. Needs the application's partners loaded.
    static func candidateReviewers(for application: FundingApplication, on database: any Database) async throws -> [(value: String, label: String)] {
        let assigned = Set(try await Review.query(on: database).filter(\.$application.$id == application.requireID()).all().map(\.$reviewer.id))
        return try await User.query(on: database).with(\.$organization).sort(\.$name).all()
            .filter { !assigned.contains($0.id ?? UUID()) && !ReviewEditor.hasConflict($0, application) }
            .map { (value: $0.id?.uuidString ?? "", label: [$0.name, $0.organization?.name].compactMap { $0 }.joined(separator: " – ")) }
    }
}
