import Vapor

/// What is said about a platform when it is assessed or its owner edits it; the API's body and the forms' result.
struct PlatformDetails: Content, Sendable {
    var name: String?
    var kind: Platform.Kind?
    var ownerName: String?
    var municipalityCode: String?
    var organizationId: Int?
    var ecosystemId: Int?
    var networkId: Int?
}

/// The body that starts an assessment: the platform (or, for its signed-in owner, one of their platforms) and,
/// optionally, the questionnaire version (the newest published one otherwise).
struct SelfAssessmentStart: Content, Sendable {
    var platform: PlatformDetails?
    var platformId: Int?
    var instrumentId: Int?
    var language: Language?
}

/// One answer: a level 0–4, or "don't know".
struct AnswerInput: Content, Sendable, Equatable {
    var statementId: Int
    var level: Int?
    var dontKnow: Bool?
}

/// The body that saves answers, any number at a time: progress is kept between sittings.
struct AnswersInput: Content, Sendable {
    var answers: [AnswerInput]
}

/// The owner's choice to publish a completed result, with the owner organisation's consent.
struct PublicationInput: Content, Sendable {
    var published: Bool
    var ownerConsent: Bool?
}
