import Fluent
import Foundation
import SQLKit

/// The application audit trail refuses every update (a trigger on each engine): erasing a person is the one change it
/// takes, and only to the copy of the actor's name, with the guard set aside for that statement inside the erasing
/// transaction and put back before it commits.
enum AuditTrail {
    static func pseudonymise(actor id: UUID, on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE application_events DISABLE TRIGGER application_events_append_only").run()
            try await sql.raw("UPDATE application_events SET actor_name = \(bind: PersonalData.erasedName) WHERE actor_id = \(bind: id)").run()
            try await sql.raw("ALTER TABLE application_events ENABLE TRIGGER application_events_append_only").run()
        } else {
            let guardSQL = try await sql.raw("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'application_events_no_update'")
                .first()?.decode(column: "sql", as: String.self)
            if guardSQL != nil { try await sql.raw("DROP TRIGGER application_events_no_update").run() }
            try await sql.raw("UPDATE application_events SET actor_name = \(bind: PersonalData.erasedName) WHERE actor_id = \(bind: id)").run()
            if let guardSQL { try await sql.raw("\(unsafeRaw: guardSQL)").run() }
        }
        try await sql.raw("UPDATE indicator_reports SET reported_by_name = \(bind: PersonalData.erasedName) WHERE reported_by = \(bind: id)").run()
    }
}
