import NIOConcurrencyHelpers
import Vapor

/// Checks every `/api/v1` answer against the OpenAPI document: its status must be one the operation lists, its media
/// type one that status lists, its JSON body must fit the schema (every schema is closed, so a renamed or extra field
/// fails). On in the Swift tests and in CI's live servers (`SOLMU_CHECK_CONTRACT=1`), off in production: a violation
/// turns the answer into a 500 that names it, so the test or the contract run that met it fails and says why.
struct ContractCheck: AsyncMiddleware {
    let document: OpenAPIDocument
    let record: ContractRecord

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard let (method, path) = request.route?.documentedAs else { return response }
        guard let operation = document.operation(method, path) else {
            return violation(["\(method) \(path) is routed but not in the OpenAPI document"], request: request)
        }
        let problems = Self.problems(of: response, for: operation, checker: document.check)
        record.add(operation: operation.id, status: response.status.code, problems: problems)
        return problems.isEmpty ? response : violation(problems.map { "\(operation.id) \(response.status.code): \($0)" }, request: request)
    }

    static func problems(of response: Response, for operation: OpenAPIDocument.Operation, checker: JSONSchemaCheck) -> [String] {
        let status = "\(response.status.code)"
        guard let media = operation.responses[status] ?? operation.responses["default"] else {
            return ["status \(status) is not in the document (it lists \(operation.responses.keys.sorted().joined(separator: ", ")))"]
        }
        guard let contentType = response.headers.contentType else {
            return media.isEmpty ? [] : ["no Content-Type, the document says \(media.keys.sorted())"]
        }
        let type = "\(contentType.type)/\(contentType.subType)"
        guard let schema = media[type] else {
            return ["Content-Type \(type) is not in the document (it lists \(media.keys.sorted()))"]
        }
        guard type.hasSuffix("json") else { return [] }
        guard let buffer = response.body.buffer else { return [] }  // a streamed body is not read here
        do {
            let value = try JSONDecoder().decode(JSONValue.self, from: buffer)
            return checker.problems(of: value, against: schema)
        } catch {
            return ["the body is not JSON: \(error)"]
        }
    }

    private func violation(_ problems: [String], request: Request) -> Response {
        request.logger.error("API contract violated", metadata: ["problems": .array(problems.map { .string($0) })])
        let body = ProblemDocument(
            type: "about:blank", title: "The answer broke the API contract", status: 500,
            detail: problems.joined(separator: "; "), instance: request.url.path, errors: nil)
        let response = Response(status: .internalServerError)
        try? response.content.encode(body, as: .init(type: "application", subType: "problem+json"))
        return response
    }
}

/// What the contract check saw: answers per operation and status (for the coverage report), and every violation.
/// With a log file (`SOLMU_CONTRACT_LOG`) each checked answer is also appended to it as `operationId status`, so that
/// CI can add up what its several servers were asked (`Tests/contract/coverage.py`).
final class ContractRecord: Sendable {
    private let state = NIOLockedValueBox<(seen: [String: [UInt: Int]], violations: [String])>(([:], []))
    private let log: NIOLockedValueBox<FileHandle?>

    init(logPath: String? = nil) {
        var handle: FileHandle?
        // Opened for appending: several servers of one test run (the browser suite's, the concurrency test's) may
        // write to the same log, and each line must land whole at its end.
        if let logPath {
            let descriptor = open(logPath, O_WRONLY | O_APPEND | O_CREAT, 0o644)
            if descriptor >= 0 { handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true) }
        }
        log = NIOLockedValueBox(handle)
    }

    func add(operation: String, status: UInt, problems: [String]) {
        state.withLockedValue { state in
            state.seen[operation, default: [:]][status, default: 0] += 1
            state.violations += problems.map { "\(operation) \(status): \($0)" }
        }
        log.withLockedValue { handle in
            try? handle?.write(contentsOf: Data("\(operation) \(status)\(problems.isEmpty ? "" : " violation")\n".utf8))
        }
    }

    var seen: [String: [UInt: Int]] { state.withLockedValue(\.seen) }
    var violations: [String] { state.withLockedValue(\.violations) }
}

extension Application {
    private struct ContractRecordKey: StorageKey {
        typealias Value = ContractRecord
    }

    /// Set when `configure` switches the contract check on.
    var contractRecord: ContractRecord? {
        get { storage[ContractRecordKey.self] }
        set { storage[ContractRecordKey.self] = newValue }
    }
}
