import Foundation
import Vapor
import VaporTesting

@testable import SolmuApp

/// A small browser for tests: keeps the session cookie, posts forms with their CSRF token, sends JSON.
/// Unchecked Sendable: tests send from several tasks at once only with a bearer token, never a changing cookie.
final class TestClient: @unchecked Sendable {
    let app: Application
    /// The cookies the server set (the session, a visitor's CSRF cookie), by name.
    var cookies: [String: String] = [:]
    var bearer: String?

    init(_ app: Application) { self.app = app }

    struct Reply {
        var status: HTTPStatus
        var headers: HTTPHeaders
        var body: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
        var total: Int { object["total"] as? Int ?? -1 }
        /// Where a redirect goes, without the notice it carries (`?notice=saved`): the page itself.
        var location: String? {
            headers.first(name: .location).map { raw in
                var parts = raw.split(separator: "?", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { return raw }
                let query = parts[1].split(separator: "&").filter { !$0.hasPrefix("notice=") }.joined(separator: "&")
                parts[1] = query
                return query.isEmpty ? parts[0] : parts.joined(separator: "?")
            }
        }
        /// The notice the page a redirect goes to will show (`saved`, `removed`…), if any.
        var notice: String? {
            headers.first(name: .location)?.split(separator: "?", maxSplits: 1).dropFirst().first?.split(separator: "&")
                .first { $0.hasPrefix("notice=") }.map { String($0.dropFirst("notice=".count)) }
        }
        var contentType: String { headers.first(name: .contentType) ?? "" }

        /// The value of the first hidden or text input named `name` in an HTML page.
        func inputValue(_ name: String) -> String? {
            let pattern = "name=\"\(NSRegularExpression.escapedPattern(for: name))\"[^>]*?value=\"([^\"]*)\""
            guard let regex = try? NSRegularExpression(pattern: pattern),
                let match = regex.firstMatch(in: body, range: NSRange(body.startIndex..., in: body)),
                let range = Range(match.range(at: 1), in: body)
            else { return nil }
            return String(body[range]).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
        }
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, headers extra: HTTPHeaders = [:], body: ByteBuffer? = nil) async throws -> Reply {
        var headers = extra
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        let request = TestingHTTPRequest(
            method: method, url: URI(path: path), headers: headers,
            body: body ?? ByteBufferAllocator().buffer(capacity: 0))
        let response = try await app.testing().performTest(request: request)
        for setCookie in response.headers[.setCookie] {
            guard let pair = setCookie.split(separator: ";").first else { continue }
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            // An emptied cookie ("solmu_session=; Expires=…") ends it.
            if parts.count < 2 || parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        return Reply(status: response.status, headers: response.headers, body: response.body.string)
    }

    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> Reply {
        try await send(.GET, path, headers: headers)
    }

    func json(_ method: HTTPMethod, _ path: String, _ object: Any, headers extra: HTTPHeaders = [:]) async throws -> Reply {
        var headers = extra
        headers.contentType = .json
        let data = try JSONSerialization.data(withJSONObject: object)
        return try await send(method, path, headers: headers, body: ByteBuffer(data: data))
    }

    /// Posts `fields` as a browser form would; `csrf` nil means "take the token from `page`".
    func postForm(_ path: String, _ fields: [(String, String)], csrfFrom page: Reply? = nil) async throws -> Reply {
        var all = fields
        if let token = page?.inputValue(CSRF.formField) { all.append((CSRF.formField, token)) }
        let encoded = all.map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: encoded))
    }

    /// Signs in through the real sign-in form.
    func signIn(email: String = "editor@example.fi", password: String = "correct horse battery") async throws -> Reply {
        let page = try await get("/fi/sign-in")
        return try await postForm("/fi/sign-in", [("email", email), ("password", password)], csrfFrom: page)
    }
}
