import Fluent
import Vapor

/// Sign-in, sign-out and the admins' user management.
struct AccountPages: RouteCollection {
    struct UserActionForm: Content {
        var action: String?
        var role: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        let admins = routes.admins()
        routes.get(.signIn, use: signInForm)
        routes.post(.signIn, use: signIn)
        routes.post(.signOut, use: signOut)
        admins.get(.users, use: users)
        admins.post(.users, use: createUser)
        admins.post(.user(UUID()), use: changeUser)
    }

    func signInForm(req: Request) async throws -> Response {
        let context = try PageContext.withToken(req)
        return SignInPage(state: FormState(), next: req.query[String.self, at: "next"]).render(context)
    }

    func signIn(req: Request) async throws -> Response {
        let context = try PageContext.withToken(req)
        let posted = try req.content.decode(FormValues<SignInForm>.self)
        let next = try? req.content.get(String.self, at: "next")
        let email = User.normalize(email: posted[.email] ?? "")
        let address = req.clientAddress
        let config = req.application.solmu
        let throttle = SignInThrottle(database: req.db, limit: config.signInAttemptLimit, window: config.signInWindow)
        // The address is shown back, never the password.
        var state = FormValues<SignInForm>([.email: posted[.email]]).state

        if let wait = try await throttle.waitTime(email: email, address: address) {
            state.errors["email"] = "signIn.throttled"
            state.formError = ("signIn.throttledDetail", ["minutes": "\(max(1, (wait + 59) / 60))"])
            let response = SignInPage(state: state, next: next).render(context, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(wait)")
            return response
        }
        let user = try await AccountLoader.withEmail(email, on: req.db)
        // The same work whether or not the account exists (see `SignInThrottle.decoyHash`).
        let matches = try await req.password.async.verify(posted[.password] ?? "", created: user?.passwordHash ?? SignInThrottle.decoyHash)
        guard let user, matches, posted[.password] != nil else {
            try await throttle.recordFailure(email: email, address: address)
            state.errors["password"] = "signIn.failed"
            return SignInPage(state: state, next: next).render(context, status: .unauthorized)
        }
        try await throttle.clear(email: email)
        let response = req.redirect(to: SiteURL.sameSitePath(next) ?? SiteURL.home.path(context.language), redirectType: .normal)
        try await SignedInSessions.start(for: user, request: req, response: response)
        return response
    }

    func signOut(req: Request) async throws -> Response {
        let language = try req.language()
        let response = req.redirect(to: SiteURL.home.path(language), redirectType: .normal)
        try await SignedInSessions.end(request: req, response: response)
        return response
    }

    func users(req: Request) async throws -> Response {
        let me = try req.user
        let context = try PageContext(request: req)
        return try await UsersPage.load(viewer: me, on: req.db).render(context)
    }

    func createUser(req: Request) async throws -> Response {
        let me = try req.user
        let context = try PageContext(request: req)
        let posted = try req.content.decode(FormValues<NewUserForm>.self)
        var shown = posted
        shown[.password] = nil  // what was typed is shown back, never the password
        return try await req.submitForm(
            next: context.link(.users), values: shown.state,
            render: { state, status in
                try await UsersPage.load(viewer: me, state: state, on: req.db).render(context, status: status)
            },
            save: {
                var errors: [String: String] = [:]
                let email = User.normalize(email: posted[.email] ?? "")
                if email.isEmpty {
                    errors["email"] = "field.required"
                } else if !PersonEditor.looksLikeEmail(email) {
                    errors["email"] = "person.email.invalid"
                } else if try await AccountLoader.withEmail(email, on: req.db) != nil {
                    errors["email"] = "users.emailTaken"
                }
                let name = posted.text(.name)
                if name == nil { errors["name"] = "field.required" }
                let role = posted[.role].flatMap(User.Role.init(rawValue:))
                if role == nil { errors["role"] = "field.required" }
                if (posted[.password] ?? "").count < 10 { errors["password"] = "users.passwordTooShort" }
                guard errors.isEmpty, let name, let role, let password = posted[.password] else { throw Problem.validation(errors) }
                try await User(email: email, name: name, passwordHash: try await req.password.async.hash(password), role: role).create(on: req.db)
            })
    }

    func changeUser(req: Request) async throws -> Response {
        let me = try req.user
        let context = try PageContext(request: req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let user = try await AccountLoader.find(id, on: req.db)
        else { throw Problem.notFound() }
        // An admin cannot lock themselves out by accident.
        guard user.id != me.id else { throw Abort(.forbidden) }
        let form = try req.content.decode(UserActionForm.self)
        switch form.action {
        case "delete":
            try await user.delete(on: req.db)
        case "role":
            guard let role = form.role.flatMap(User.Role.init(rawValue:)) else { throw Abort(.badRequest) }
            user.role = role
            try await user.save(on: req.db)
        default:
            throw Abort(.badRequest)
        }
        return req.redirect(to: context.link(.users), after: .saved)
    }
}
