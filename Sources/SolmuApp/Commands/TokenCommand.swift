import Fluent
import Vapor

/// `solmu token create|list|revoke`: API tokens for programs acting as a user.
struct TokenCommand: AsyncCommandGroup {
    var help: String { "Manages API tokens." }
    var commands: [String: any AnyAsyncCommand] {
        ["create": CreateTokenCommand(), "list": ListTokensCommand(), "revoke": RevokeTokenCommand()]
    }

    static func user(_ email: String?, _ context: CommandContext) async throws -> User {
        guard let email,
            let user = try await User.query(on: context.application.db)
                .filter(\.$email == User.normalize(email: email)).first()
        else {
            context.console.error("No user with that --email.")
            throw ExitCode(1)
        }
        return user
    }
}

struct CreateTokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Whose token it is.") var email: String?
        @Option(name: "label", help: "What the token is for, e.g. the program's name.") var label: String?
        @Option(name: "days", help: "Days until the token expires (default 365; 0 = never).") var days: Int?
    }

    var help: String { "Creates an API token for a user and prints it." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let user = try await TokenCommand.user(signature.email, context)
        let (token, plain) = try UserToken.generate(for: user, label: signature.label ?? "command line")
        let days = signature.days ?? 365
        token.expiresAt = days > 0 ? Date().addingTimeInterval(Double(days) * 86_400) : nil
        try await token.create(on: app.db)
        context.console.print(plain)
    }
}

struct ListTokensCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "Only this user's tokens.") var email: String?
    }

    var help: String { "Lists API tokens: id, user, label, created, expires (the tokens themselves are never stored)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        var query = UserToken.query(on: app.db).with(\.$user).sort(\.$createdAt)
        if signature.email != nil {
            let userID = try await TokenCommand.user(signature.email, context).requireID()
            query = query.filter(\.$user.$id == userID)
        }
        let formatter = ISO8601DateFormatter()
        for token in try await query.all() {
            let expires = token.expiresAt.map { ($0 < Date() ? "expired " : "") + formatter.string(from: $0) } ?? "never"
            context.console.print(
                [
                    token.id?.uuidString ?? "", token.user.email, token.label,
                    token.createdAt.map(formatter.string) ?? "", expires,
                ].joined(separator: "\t"))
        }
    }
}

struct RevokeTokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "id", help: "The token's id, as `solmu token list` shows it.") var id: String
    }

    var help: String { "Revokes (deletes) an API token." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let id = UUID(uuidString: signature.id), let token = try await UserToken.find(id, on: app.db) else {
            context.console.error("No token with that id.")
            throw ExitCode(1)
        }
        try await token.delete(on: app.db)
        context.console.success("Revoked.")
    }
}
