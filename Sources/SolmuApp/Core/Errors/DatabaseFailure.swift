import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// What a database error means for the caller, read from each engine's own error: a unique value taken, a row still
/// referenced, or the database busy (SQLite's lock), so that each gets an honest answer instead of one "conflict".
enum DatabaseFailure {
    case duplicate
    case stillReferenced
    case busy

    init?(_ error: any Error) {
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .busy, .locked, .busyTimeout, .busyInSnapshot, .busyInRecovery: self = .busy
            case .constraintForeignKeyFailed: self = .stillReferenced
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed: self = .duplicate
            case .constraint:
                if sqlite.message.contains("FOREIGN KEY") {
                    self = .stillReferenced
                } else if sqlite.message.contains("UNIQUE") {
                    self = .duplicate
                } else {
                    return nil
                }
            default: return nil
            }
        } else if let postgres = error as? PSQLError, let state = postgres.serverInfo?[.sqlState] {
            switch state {
            case "23503": self = .stillReferenced
            case "23505": self = .duplicate
            case "40001", "40P01", "55P03": self = .busy
            default: return nil
            }
        } else {
            return nil
        }
    }

    var problem: Problem {
        switch self {
        case .duplicate:
            Problem.conflict(detailKey: "problem.conflict.detail")
        case .stillReferenced:
            Problem.inUse(detailKey: "problem.inUse.detail")
        case .busy:
            Problem(
                status: .serviceUnavailable, titleKey: "problem.busy.title", detailKey: "problem.busy.detail",
                headers: ["Retry-After": "1"])
        }
    }
}
