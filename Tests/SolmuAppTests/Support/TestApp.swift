import FluentSQLiteDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import SolmuApp

/// Runs `body` against a freshly migrated Solmu on a real database:
/// a new SQLite file per test, or — when `SOLMU_TEST_DATABASE_URL` names a PostgreSQL server —
/// a new schema per test on that server, dropped afterwards. The same tests run unchanged on both.
func withSolmu(demoData: Bool = false, _ body: (Application) async throws -> Void) async throws {
    // Swift Testing runs tests in parallel; a PostgreSQL server takes 100 clients by default, so at most
    // a few test apps (each with its own connection pool) talk to it at once.
    await TestDatabase.slots.acquire()
    do {
        try await runSolmu(demoData: demoData, body)
    } catch {
        await TestDatabase.slots.release()
        throw error
    }
    await TestDatabase.slots.release()
}

private func runSolmu(demoData: Bool, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
    let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("solmu-test-\(schema).sqlite").path
    let database: Configuration.DatabaseChoice
    if let url = TestDatabase.postgresURL {
        database = .postgres(url: url, searchPath: [schema])
    } else {
        database = .sqlite(path: sqlitePath)
    }
    var config = Configuration(database: database, port: 0)
    config.signInAttemptLimit = 3
    config.maxBodySize = "64kb"
    // Many tests register from one address at once; the limits have tests of their own that switch them on.
    config.anonymousWriteLimit = 0
    config.unconfirmedMailLimit = 0
    // Every API answer a test provokes is checked against the OpenAPI document.
    config.checkContract = true
    do {
        try await configure(app, config)
        app.logger.logLevel = .warning
        if TestDatabase.postgresURL != nil {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.autoMigrate()
        try await DatabaseTuning.apply(app.db)
        if demoData { try await DemoData.load(on: app.db) }
        try await body(app)
        for violation in app.contractRecord?.violations ?? [] { Issue.record("API contract: \(violation)") }
    } catch {
        await TestDatabase.cleanUp(app, schema: schema, sqlitePath: sqlitePath)
        // PostgresNIO hides the server's message unless asked: a failing test should say what the database said.
        if String(describing: error).contains("PSQLError") { Issue.record("\(String(reflecting: error))") }
        throw error
    }
    await TestDatabase.cleanUp(app, schema: schema, sqlitePath: sqlitePath)
}

/// A counting semaphore for async code.
actor TestSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = count }

    func acquire() async {
        if free > 0 { free -= 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

enum TestDatabase {
    static let slots = TestSlots(postgresURL == nil ? 64 : 8)

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["SOLMU_TEST_DATABASE_URL"].flatMap { $0.hasPrefix("postgres") ? $0 : nil }
    }

    static var engineName: String { postgresURL == nil ? "sqlite" : "postgresql" }

    static func cleanUp(_ app: Application, schema: String, sqlitePath: String) async {
        if postgresURL != nil {
            try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) }
    }
}

/// Makes a user straight in the database (a cheap bcrypt cost keeps the suite fast).
@discardableResult
func makeUser(
    _ app: Application, email: String = "editor@example.fi", password: String = "correct horse battery",
    role: User.Role = .editor, organizationID: Int? = nil
) async throws -> User {
    let user = User(
        email: email, name: email.components(separatedBy: "@")[0].capitalized,
        passwordHash: try Bcrypt.hash(password, cost: 4), role: role)
    user.$organization.id = organizationID
    try await user.create(on: app.db)
    return user
}

/// A new API token for `user`.
func makeToken(_ app: Application, for user: User) async throws -> String {
    let (token, plain) = try UserToken.generate(for: user, label: "test")
    try await token.create(on: app.db)
    return plain
}
