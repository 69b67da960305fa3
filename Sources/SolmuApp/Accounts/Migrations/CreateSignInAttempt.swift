import Fluent
import SQLKit

struct CreateSignInAttempt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignInAttempt.schema)
            .id()
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "sign_in_attempts_time_idx").on(SignInAttempt.schema).column("attempted_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignInAttempt.schema).delete()
    }
}
