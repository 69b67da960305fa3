import Fluent
import Vapor

/// Turns every error into what the caller can use: problem+json under `/api/`, a translated error page elsewhere.
/// Nothing about the server's internals reaches the caller.
struct SolmuErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError where (300..<400).contains(abort.status.code) {
            // A page that needs a signed-in user sends the visitor to sign in.
            return Response(status: abort.status, headers: abort.headers)
        } catch {
            let problem = Self.problem(for: error, request: request)
            if request.url.path.hasPrefix("/api/") {
                return Self.problemResponse(problem, request: request)
            }
            return try await ErrorPage.response(problem, request: request)
        }
    }

    static func problem(for error: any Error, request: Request) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case is DecodingError:
            return Problem(status: .badRequest, titleKey: "problem.badRequest.title", detailKey: "problem.malformedBody.detail")
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return .notFound()
            case .payloadTooLarge: return Problem(status: .payloadTooLarge, titleKey: "problem.tooLarge.title", detailKey: "problem.tooLarge.detail")
            case .unauthorized:
                return Problem(status: .unauthorized, titleKey: "problem.unauthorized.title", detailKey: "problem.unauthorized.detail")
            case .forbidden: return Problem(status: .forbidden, titleKey: "problem.forbidden.title", detailKey: "problem.forbidden.detail")
            case .unsupportedMediaType:
                return Problem(status: .unsupportedMediaType, titleKey: "problem.mediaType.title", detailKey: "problem.mediaType.detail")
            case .methodNotAllowed: return Problem(status: .methodNotAllowed, titleKey: "problem.method.title")
            default:
                if abort.status.code < 500 {
                    return Problem(status: abort.status, titleKey: "problem.badRequest.title", detailKey: "problem.badRequest.detail")
                }
            }
        default:
            if let failure = DatabaseFailure(error) {
                if failure == .busy { request.logger.warning("database busy: \(String(reflecting: error))") }
                // A missing row referred to when writing (rather than a row still referred to when deleting) is a broken rule.
                let deleting = request.method == .DELETE || request.url.path.hasSuffix("/delete")
                if failure == .stillReferenced, !deleting { return Self.brokenRule }
                return failure.problem
            }
            if let db = error as? any DatabaseError, db.isConstraintFailure { return Self.brokenRule }
        }
        request.logger.report(error: error)
        return Problem(status: .internalServerError, titleKey: "problem.internal.title", detailKey: "problem.internal.detail")
    }

    /// A database rule (not null, a check, a reference) the request broke, which the editors' own checks did not catch.
    static let brokenRule = Problem.conflict(detailKey: "problem.constraint.detail")

    static func problemResponse(_ problem: Problem, request: Request) -> Response {
        let language = request.apiLanguage
        let document = ProblemDocument(
            type: problem.fieldErrors.isEmpty ? "about:blank" : "urn:solmu:problem:validation",
            title: language.t(problem.titleKey),
            status: Int(problem.status.code),
            detail: problem.detailKey.map { language.t($0, problem.detailValues) },
            instance: request.url.path,
            errors: problem.fieldErrors.isEmpty
                ? nil
                : problem.fieldErrors.sorted { $0.key < $1.key }.map {
                    .init(field: $0.key, message: language.t($0.value))
                }
        )
        var headers = problem.headers
        headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        let body = (try? JSONEncoder().encode(document)) ?? Data()
        return Response(status: problem.status, headers: headers, body: .init(data: body))
    }
}

extension Request {
    /// The API answers in the language the caller asks for, English when it asks for none of ours.
    var apiLanguage: Language {
        guard let header = headers.first(name: .acceptLanguage) else { return .en }
        let language = Language.preferred(acceptLanguage: header)
        return header.lowercased().contains(language.rawValue) ? language : .en
    }
}
