import Foundation
import Testing
import Vapor

@testable import SolmuApp

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test("Every API route is in the document, and every operation in it is a route")
    func routesMatchDocument() async throws {
        try await withSolmu { app in
            let served = try await TestClient(app).get("/api/v1/openapi.json")
            #expect(served.status == .ok)
            let root = try #require(served.json as? [String: Any])
            #expect(root["openapi"] as? String == "3.1.0")
            let documented = Set(OpenAPIDocument.shared.operations.map(\.key))
            #expect(documented.count == 186)
            let routed = Set(app.routes.all.compactMap { route in route.documentedAs.map { "\($0.method) \($0.path)" } })
            #expect(
                routed == documented,
                "only routed: \(routed.subtracting(documented).sorted()); only documented: \(documented.subtracting(routed).sorted())")
        }
    }

    @Test("Every reference in the document resolves, and every object schema is closed")
    func referencesResolve() throws {
        let document = OpenAPIDocument.shared
        var broken: [String] = []
        var open: [String] = []
        func walk(_ value: JSONValue, at path: String) {
            switch value {
            case .object(let members):
                if let reference = members["$ref"]?.string, document.check.resolve(reference) == nil { broken.append("\(path): \(reference)") }
                if members["properties"] != nil, members["additionalProperties"] == nil { open.append(path) }
                for (key, member) in members { walk(member, at: "\(path)/\(key)") }
            case .array(let items):
                for (index, item) in items.enumerated() { walk(item, at: "\(path)/\(index)") }
            default: break
            }
        }
        walk(document.json, at: "#")
        #expect(broken.isEmpty, "\(broken)")
        #expect(open.isEmpty, "schemas without additionalProperties: \(open)")
    }

    @Test("Every request body type reads exactly the fields of its schema, with fitting types and enumerations")
    func requestBodiesMatchDocument() async throws {
        try await withSolmu { app in
            let document = OpenAPIDocument.shared
            var problems: [String] = []
            var probed = 0
            for route in app.routes.all {
                guard let (method, path) = route.documentedAs, let operation = document.operation(method, path) else { continue }
                switch (operation.requestBody, route.requestBody) {
                case (nil, nil): continue
                case (nil, let body?): problems.append("\(operation.id): declares \(body.typeName), the document takes no body")
                case (_?, nil): problems.append("\(operation.id): the document takes a body, the route declares none (.accepts)")
                case (let schema?, let body?):
                    probed += 1
                    problems += RequestBodyProbe.problems(of: body, against: schema, in: document).map { "\(operation.id) (\(body.typeName)): \($0)" }
                }
            }
            #expect(probed >= 70)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    /// What the contract checks would say if a handler drifted from the document: a renamed field in a body type,
    /// a renamed field in an answer, a status the document does not list.
    @Test("A renamed field or an undocumented status is caught")
    func driftIsCaught() throws {
        let document = OpenAPIDocument.shared
        let create = try #require(document.operation("POST", "/networks"))
        let schema = try #require(create.requestBody)

        struct RenamedNetworkInput: Decodable {
            var name: String?
            var kind: String?
            var purpose: LocalizedText?
            var funding: LocalizedText?
            var startsOn: String?
            var endsOn: String?
            var homepage: String?  // the document says `website`
            var themes: [String]?
            var localities: [String]?
        }
        let renamed = RequestBodyProbe.problems(of: RequestBody(RenamedNetworkInput.self), against: schema, in: document)
        #expect(renamed.contains { $0.contains("$.homepage: read by the Swift type, not in the document") }, "\(renamed)")
        #expect(renamed.contains { $0.contains("$.website: in the document, never read") }, "\(renamed)")
        #expect(RequestBodyProbe.problems(of: RequestBody(NetworkInput.self), against: schema, in: document).isEmpty)

        struct WrongType: Decodable { var name: Int? }
        let wrongType = RequestBodyProbe.problems(of: RequestBody(WrongType.self), against: schema, in: document)
        #expect(wrongType.contains { $0.contains("$.name: Int where the document says string") }, "\(wrongType)")

        let answer = """
            {"id": 1, "name": "Verkosto", "kind": "network", "purpose": {}, "funding": {}, "website": null, "themes": [], "localities": [], "membersCount": 3}
            """
        let response = Response(status: .created, headers: ["Content-Type": "application/json"], body: .init(string: answer))
        let found = ContractCheck.problems(of: response, for: create, checker: document.check)
        #expect(found.contains("$.membersCount: not in the document"), "\(found)")
        #expect(found.contains("$.memberCount: required by the document, missing"), "\(found)")

        let accepted = Response(status: .accepted, headers: ["Content-Type": "application/json"], body: .init(string: "{}"))
        #expect(
            ContractCheck.problems(of: accepted, for: create, checker: document.check).first?.hasPrefix("status 202 is not in the document") == true)
        let csv = Response(status: .created, headers: ["Content-Type": "text/csv"], body: .init(string: "a,b"))
        #expect(
            ContractCheck.problems(of: csv, for: create, checker: document.check).first?.hasPrefix("Content-Type text/csv is not in the document")
                == true)
    }

    @Test("A handler's answer that breaks the contract becomes a 500 naming the field, and is recorded")
    func violationsAreAnswered() async throws {
        try await withSolmu { app in
            // A route under /api/v1 that the document lists (GET /healthz), answering with a field the schema lacks.
            let record = try #require(app.contractRecord)
            let operation = try #require(OpenAPIDocument.shared.operation("GET", "/healthz"))
            let extra = Response(
                status: .ok, headers: ["Content-Type": "application/json"],
                body: .init(string: #"{"status": "ok", "database": "sqlite", "uptime": 3}"#))
            let problems = ContractCheck.problems(of: extra, for: operation, checker: OpenAPIDocument.shared.check)
            #expect(problems == ["$.uptime: not in the document"])
            let before = record.seen[operation.id]?[200] ?? 0
            _ = try await TestClient(app).get("/api/v1/healthz")
            #expect((record.seen[operation.id]?[200] ?? 0) == before + 1)
        }
    }
}
