import Vapor

/// An error that knows how to tell a user what went wrong: as RFC 9457 problem details in the API,
/// as a message next to each field in a form. Messages are translation keys.
struct Problem: Error, Sendable {
    var status: HTTPResponseStatus
    /// Translation key of the one-line summary.
    var titleKey: String
    /// Translation key (with its values) of the longer explanation, if any.
    var detailKey: String?
    var detailValues: [String: String] = [:]
    /// Field name (as the API and form name it) → translation key of what is wrong with it.
    var fieldErrors: [String: String] = [:]
    var headers: HTTPHeaders = [:]

    static func validation(_ fieldErrors: [String: String]) -> Problem {
        Problem(status: .unprocessableEntity, titleKey: "problem.validation.title", detailKey: "problem.validation.detail", fieldErrors: fieldErrors)
    }

    /// 409: the request clashes with the state of things (a closed call, a changed record); `detailKey` says which.
    static func conflict(detailKey: String? = nil, detailValues: [String: String] = [:], fieldErrors: [String: String] = [:]) -> Problem {
        Problem(status: .conflict, titleKey: "problem.conflict.title", detailKey: detailKey, detailValues: detailValues, fieldErrors: fieldErrors)
    }

    /// 409: it cannot be removed or changed because something still refers to it; `detailKey` says what.
    static func inUse(detailKey: String) -> Problem {
        Problem(status: .conflict, titleKey: "problem.inUse.title", detailKey: detailKey)
    }

    static func notFound() -> Problem {
        Problem(status: .notFound, titleKey: "problem.notFound.title", detailKey: "problem.notFound.detail")
    }
}

/// The JSON body of an `application/problem+json` response.
struct ProblemDocument: Content {
    struct FieldError: Content {
        var field: String
        var message: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String?
    var instance: String?
    var errors: [FieldError]?
}
