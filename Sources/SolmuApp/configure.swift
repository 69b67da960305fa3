import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Wires Solmu into `app` from one configuration value: database, sessions, middleware, migrations,
/// commands, routes. Tests call it with their own configuration (another database, another file).
public func configure(_ app: Application, _ config: Configuration) async throws {
    app.solmu = config
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = config.maxBodySize

    try configureDatabase(app, config)
    if case .sqlite = config.database {
        // Write-ahead logging (kept in the file): readers do not wait for a writer, and a commit syncs the disk once
        // rather than three times — what the registration desk, which commits once per registration, waits on.
        try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
    }

    app.sessions.use(.fluent)
    app.sessions.configuration = .init(cookieName: "solmu_session") { id in
        HTTPCookies.Value(string: id.string, maxAge: 8 * 3600, path: "/",
                          isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    // Outermost first: security headers reach error pages too; errors become problem+json or an error page.
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(SolmuErrorMiddleware())
    app.middleware.use(BodyLimitMiddleware(limit: config.maxBodySize.value))
    app.middleware.use(FileMiddleware(publicDirectory: StaticFiles.directory, defaultFile: nil))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(User.sessionAuthenticator())
    app.middleware.use(BearerTokenAuthenticator())

    Migrations.register(on: app)
    Commands.register(on: app)
    try routes(app)
}

private func configureDatabase(_ app: Application, _ config: Configuration) throws {
    switch config.database {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
    case .postgres(let url, let searchPath):
        var postgres = try SQLPostgresConfiguration(url: url)
        postgres.searchPath = searchPath
        app.databases.use(.postgres(configuration: postgres, maxConnectionsPerEventLoop: config.postgresConnectionsPerEventLoop,
                                    sqlLogLevel: .debug), as: .psql)
    }
}

/// Where the CSS, icon and other static files live: inside the package's resources, so `swift run` finds them anywhere.
enum StaticFiles {
    /// Found through a file we know is there: how a platform lays out a resource bundle differs.
    static var directory: String {
        guard let stylesheet = Bundle.module.url(forResource: "solmu", withExtension: "css", subdirectory: "Resources/Public/static") else {
            fatalError("Resources/Public/static/solmu.css is missing from the bundle")
        }
        return stylesheet.deletingLastPathComponent().deletingLastPathComponent().path + "/"
    }
}
