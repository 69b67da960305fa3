import Foundation
import Testing
import Vapor

@testable import SolmuApp

/// The guards are route groups and the document, not lines in handlers: these sweeps go over every route there is, so
/// a route added tomorrow is held to the same rules without a test of its own.
@Suite("Guards: every route, by its group")
struct GuardTests {
    /// A path for a route: `:lang` is Finnish, every other parameter 1 (or a token of the right shape).
    static func path(_ route: Route) -> String {
        "/"
            + route.path.map { component -> String in
                switch component {
                case .parameter(let name): name == "lang" ? "fi" : name.lowercased().hasSuffix("token") ? String(repeating: "A", count: 43) : "1"
                default: component.description
                }
            }.joined(separator: "/")
    }

    @Test("Every API operation the document marks signed-in only answers 401 to nobody, before anything else")
    func apiOperationsNeedSignIn() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            var checked = 0
            for route in app.routes.all {
                guard let (method, path) = route.documentedAs, let operation = OpenAPIDocument.shared.operation(method, path) else { continue }
                let reply = try await client.json(route.method, Self.path(route), [:])
                if operation.signIn == .required {
                    checked += 1
                    #expect(reply.status == .unauthorized, "\(operation.id) \(Self.path(route)) answered \(reply.status.code)")
                } else {
                    #expect(reply.status != .unauthorized, "\(operation.id) is open in the document but answered 401")
                }
            }
            #expect(checked >= 100)
        }
    }

    @Test("Every page of a signed-in group sends a visitor to sign in, and comes back after")
    func signedInPagesRedirect() async throws {
        try await withSolmu(demoData: true) { app in
            let client = TestClient(app)
            var checked = 0
            for route in app.routes.all where route.userInfo[SignedInPageGuard.MarkKey()] != nil {
                checked += 1
                let reply = try await client.send(route.method, Self.path(route))
                #expect(reply.status == .seeOther, "\(route.method) \(Self.path(route)) answered \(reply.status.code)")
                #expect(reply.location?.hasPrefix("/fi/sign-in?next=") == true, "\(Self.path(route)) → \(reply.location ?? "nowhere")")
            }
            #expect(checked >= 80)
        }
    }

    @Test("Every page form post without its CSRF token is refused with 403, except behind a private link")
    func pagePostsNeedTheirToken() async throws {
        try await withSolmu(demoData: true) { app in
            _ = try await makeUser(app, role: .admin)
            let client = TestClient(app)
            #expect(try await client.signIn().status == .seeOther)
            var refused = 0
            for route in app.routes.all where route.method == .POST && route.documentedAs == nil {
                var headers = HTTPHeaders()
                headers.contentType = .urlEncodedForm
                let reply = try await client.send(.POST, Self.path(route), headers: headers, body: ByteBuffer(string: "name=x"))
                let exemption = route.userInfo[FormCSRFGuard.ExemptionKey()] as? FormCSRFGuard.Exemption
                if exemption == .privateLink {
                    #expect(reply.status != .forbidden || !reply.body.contains("CSRF"), "\(Self.path(route)) is a private link")
                } else {
                    refused += 1
                    #expect(reply.status == .forbidden, "\(Self.path(route)) answered \(reply.status.code)")
                }
            }
            #expect(refused >= 60)
        }
    }
}
