import Fluent
import Foundation
import Vapor

/// `solmu user create --email … --role admin|editor [--name …] [--organization …] [--person …]`: the password is asked for
/// (hidden) on a terminal, or read from the first line of standard input when piped.
struct UserCommand: AsyncCommandGroup {
    var help: String { "Manages users." }
    var commands: [String: any AnyAsyncCommand] { ["create": CreateUserCommand()] }
}

struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The user's e-mail address (signs in with it).") var email: String?
        @Option(name: "role", help: "admin or editor") var role: String?
        @Option(name: "name", help: "The user's name as shown in Solmu.") var name: String?
        @Option(name: "organization", help: "The official name of the organisation the user acts for (optional).") var organization: String?
        @Option(name: "person", help: "The name of the person in the atlas this user is (optional): a project contact manages that project.")
        var person: String?
    }

    var help: String { "Creates a user." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let email = signature.email, PersonEditor.looksLikeEmail(User.normalize(email: email)) else {
            context.console.error("Give a valid --email.")
            throw ExitCode(2)
        }
        guard let role = signature.role.flatMap(User.Role.init(rawValue:)) else {
            context.console.error("Give --role admin or --role editor.")
            throw ExitCode(2)
        }
        let password = Password.read(prompt: "Password", console: context.console)
        guard let password, password.count >= 10 else {
            context.console.error("The password must be at least 10 characters.")
            throw ExitCode(2)
        }
        let app = context.application
        try await app.autoMigrate()
        let user = User(email: email, name: signature.name ?? email, passwordHash: try Bcrypt.hash(password), role: role)
        if let name = signature.organization {
            guard let organization = try await Organization.query(on: app.db).filter(\.$name == name).first() else {
                context.console.error("No organisation is named \(name).")
                throw ExitCode(1)
            }
            user.$organization.id = organization.id
        }
        if let name = signature.person {
            guard let person = try await Person.query(on: app.db).filter(\.$name == name).first() else {
                context.console.error("No person is named \(name).")
                throw ExitCode(1)
            }
            user.$person.id = person.id
        }
        if try await User.query(on: app.db).filter(\.$email == user.email).first() != nil {
            context.console.error("A user with that e-mail already exists.")
            throw ExitCode(1)
        }
        try await user.create(on: app.db)
        context.console.success("Created \(role.rawValue) \(user.email).")
    }
}

enum Password {
    static func read(prompt: String, console: any Console) -> String? {
        if isatty(STDIN_FILENO) != 0 {
            return console.ask("\(prompt):", isSecure: true)
        }
        return readLine(strippingNewline: true)
    }
}
