import Fluent
import Testing
import Vapor

@testable import SolmuApp

@Suite("Sign-in, sessions, CSRF, roles")
struct AccountTests {
    @Test("Signing in sets an HttpOnly, SameSite=Lax session cookie stored in the database; signing out ends it")
    func signInAndOut() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            let page = try await client.get("/fi/sign-in")
            let token = try #require(page.inputValue(CSRF.formField))
            let reply = try await client.postForm(
                "/fi/sign-in", [("email", "Editor@Example.fi"), ("password", "correct horse battery")], csrfFrom: page)
            #expect(reply.status == .seeOther)
            let cookie = try #require(reply.headers[.setCookie].first { $0.hasPrefix("solmu_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.lowercased().contains("samesite=lax"))
            #expect(try await UserSession.query(on: app.db).count() == 1)
            // The session id changes on sign-in, and the old form token is no longer valid.
            let home = try await client.get("/fi")
            #expect(home.body.contains("Editor"))
            let newToken = try #require(home.inputValue(CSRF.formField))
            #expect(newToken != token)

            let out = try await client.postForm("/fi/sign-out", [], csrfFrom: home)
            #expect(out.status == .seeOther)
            #expect(try await client.get("/fi/organizations/new").status == .seeOther)
            #expect(try await UserSession.query(on: app.db).count() == 0, "signing out deletes the session")
        }
    }

    @Test("A wrong password shows the form again with a message and the e-mail kept")
    func wrongPassword() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            let reply = try await client.signIn(password: "wrong password")
            #expect(reply.status == .unauthorized)
            #expect(reply.body.contains(Translations.text("signIn.failed", .fi)))
            #expect(reply.inputValue("email") == "editor@example.fi")
            #expect(!reply.body.contains("wrong password"), "a password is never shown back")
        }
    }

    @Test("Repeated failed sign-ins are slowed down, even with the right password")
    func throttle() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            for _ in 0..<3 { #expect(try await client.signIn(password: "guess").status == .unauthorized) }
            let blocked = try await client.signIn()
            #expect(blocked.status == .tooManyRequests)
            #expect(Int(blocked.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
            #expect(blocked.body.contains(Translations.text("signIn.throttled", .fi)))
        }
    }

    @Test("Behind a trusted proxy: the right-most untrusted address counts, an account backs off on its own, an address only after many failures")
    func throttleByForwardedAddress() async throws {
        try await withSolmu { app in
            app.solmu.trustedProxies = 1
            try await makeUser(app)
            try await makeUser(app, email: "colleague@example.fi")
            func signIn(_ email: String, _ password: String, from address: String) async throws -> HTTPStatus {
                let client = TestClient(app)
                let page = try await client.get("/fi/sign-in")
                var headers = HTTPHeaders()
                headers.contentType = .urlEncodedForm
                // The client may write anything on the left; the proxy appends the address it was reached from.
                headers.add(name: .xForwardedFor, value: "203.0.113.\(Int.random(in: 1...250)), \(address)")
                let token = page.inputValue(CSRF.formField) ?? ""
                let body =
                    "email=\(email.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&password=\(password.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&_csrf=\(token)"
                return try await client.send(.POST, "/fi/sign-in", headers: headers, body: ByteBuffer(string: body)).status
            }
            for _ in 0..<3 { #expect(try await signIn("editor@example.fi", "guess", from: "192.0.2.7") == .unauthorized) }
            // The guessed account waits, from any address, right password included.
            #expect(try await signIn("editor@example.fi", "correct horse battery", from: "198.51.100.9") == .tooManyRequests)
            // A colleague behind the same office address is not locked out by it.
            #expect(try await signIn("colleague@example.fi", "correct horse battery", from: "192.0.2.7") == .seeOther)
            // Ten times the account limit from one address (across accounts, rotating the client-written part) stops that address.
            for index in 0..<9 {
                try await makeUser(app, email: "user\(index)@example.fi")
                for _ in 0..<3 { #expect(try await signIn("user\(index)@example.fi", "guess", from: "192.0.2.7") == .unauthorized) }
            }
            #expect(try await signIn("colleague@example.fi", "correct horse battery", from: "192.0.2.7") == .tooManyRequests)
            #expect(try await signIn("colleague@example.fi", "correct horse battery", from: "198.51.100.9") == .seeOther)
        }
    }

    @Test("A form without the CSRF token is refused and changes nothing")
    func csrf() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            _ = try await client.signIn()
            let reply = try await client.postForm("/fi/organizations/new", [("name", "Huijaus Oy"), ("type", "company")])
            #expect(reply.status == .forbidden)
            let forged = try await client.postForm(
                "/fi/organizations/new", [("name", "Huijaus Oy"), ("type", "company"), (CSRF.formField, "forged")])
            #expect(forged.status == .forbidden)
            #expect(try await Organization.query(on: app.db).count() == 0)
            // Signing in needs the token too.
            let anonymous = TestClient(app)
            #expect(
                try await anonymous.postForm("/fi/sign-in", [("email", "editor@example.fi"), ("password", "correct horse battery")]).status
                    == .forbidden)
        }
    }

    @Test("Anonymous visitors are sent to sign in and come back; only our own paths are followed")
    func redirects() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            let client = TestClient(app)
            let redirect = try await client.get("/sv/organizations/new")
            #expect(redirect.status == .seeOther)
            #expect(redirect.location == "/sv/sign-in?next=/sv/organizations/new")
            let page = try await client.get(redirect.location!)
            #expect(page.inputValue("next") == "/sv/organizations/new")
            let signedIn = try await client.postForm(
                "/sv/sign-in", [("email", "editor@example.fi"), ("password", "correct horse battery"), ("next", "/sv/organizations/new")],
                csrfFrom: page)
            #expect(signedIn.location == "/sv/organizations/new")

            let other = TestClient(app)
            let page2 = try await other.get("/fi/sign-in")
            let evil = try await other.postForm(
                "/fi/sign-in", [("email", "editor@example.fi"), ("password", "correct horse battery"), ("next", "//evil.example/")], csrfFrom: page2)
            #expect(evil.location == "/fi")
        }
    }

    @Test("Editors edit the atlas but cannot manage users; admins can")
    func roles() async throws {
        try await withSolmu { app in
            try await makeUser(app)
            try await makeUser(app, email: "admin@example.fi", role: .admin)
            let editor = TestClient(app)
            _ = try await editor.signIn()
            #expect(try await editor.get("/fi/organizations/new").status == .ok)
            #expect(try await editor.get("/fi/admin/users").status == .forbidden)
            #expect(try await TestClient(app).get("/fi/admin/users").status == .seeOther)

            let admin = TestClient(app)
            _ = try await admin.signIn(email: "admin@example.fi")
            let users = try await admin.get("/fi/admin/users")
            #expect(users.status == .ok)
            #expect(users.body.contains("editor@example.fi"))

            let short = try await admin.postForm(
                "/fi/admin/users", [("email", "new@example.fi"), ("name", "Uusi"), ("role", "editor"), ("password", "short")], csrfFrom: users)
            #expect(short.status == .unprocessableEntity)
            #expect(short.inputValue("email") == "new@example.fi")
            #expect(short.body.contains(Translations.text("users.passwordTooShort", .fi)))

            let created = try await admin.postForm(
                "/fi/admin/users", [("email", "new@example.fi"), ("name", "Uusi"), ("role", "editor"), ("password", "long enough password")],
                csrfFrom: users)
            #expect(created.status == .seeOther)
            let newUser = try #require(try await User.query(on: app.db).filter(\.$email == "new@example.fi").first())
            #expect(newUser.role == .editor)
            let page = try await admin.get("/fi/admin/users")
            let promoted = try await admin.postForm(
                "/fi/admin/users/\(newUser.requireID().uuidString)", [("action", "role"), ("role", "admin")], csrfFrom: page)
            #expect(promoted.status == .seeOther)
            #expect(try await User.find(newUser.id, on: app.db)?.role == .admin)
            let removed = try await admin.postForm("/fi/admin/users/\(newUser.requireID().uuidString)", [("action", "delete")], csrfFrom: page)
            #expect(removed.status == .seeOther)
            #expect(try await User.find(newUser.id, on: app.db) == nil)
        }
    }
}
