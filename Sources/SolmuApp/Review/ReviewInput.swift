/// The office assigns a reviewer (a user) to an application.
struct AssignmentInput: Codable, Sendable {
    var reviewerId: String?
}

/// The reviewer's declaration, made before they see the application.
struct DeclarationInput: Codable, Sendable {
    var conflict: Bool?
    var reason: String?
}

/// A reviewer's scores; `version` is the version of the assessment they read.
struct ScoresInput: Codable, Sendable {
    struct Score: Codable, Sendable {
        var criterionId: Int?
        var score: Int?
        var comment: String?
    }

    var version: Int?
    var scores: [Score]
    /// Submit as well as save: every criterion must then be scored.
    var submit: Bool?
}
