import Vapor

/// One structured line per request (logfmt: `method=GET route=… status=200 ms=3.2`), and its count and duration in
/// the metrics. Private-link secrets never reach the log: a path segment that looks like one is replaced, and the query
/// (which may carry an invitation's secret) is left out.
struct RequestLog: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        var status: UInt = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let route = Self.routeLabel(request)
            request.application.metrics.record(method: request.method.rawValue, route: route, status: status, duration: elapsed)
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            request.logger.info(
                "request",
                metadata: [
                    "method": .string(request.method.rawValue),
                    "path": .string(Self.redacted(request.url.path)),
                    "route": .string(route),
                    "status": .stringConvertible(status),
                    "ms": .string(String(format: "%.1f", milliseconds)),
                ])
        }
        do {
            let response = try await next.respond(to: request)
            status = response.status.code
            return response
        } catch let abort as any AbortError {
            status = abort.status.code
            throw abort
        }
    }

    /// The route's pattern (`/:lang/events/:id`), so that ids and secrets do not make a metric series each.
    static func routeLabel(_ request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }

    /// The path with anything shaped like a secret (32 or more base64url characters in one segment) replaced.
    static func redacted(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.count >= 32 && segment.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
                ? "[secret]" : String(segment)
        }.joined(separator: "/")
    }
}
