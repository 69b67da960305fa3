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
    // Nothing here touches the database: `solmu --help` must not create a file. `serve` and `migrate` set it up.

    // Outermost first: security headers reach error pages too; errors become problem+json or an error page.
    app.middleware = Middlewares()
    app.middleware.use(RequestLog())
    if config.checkContract {
        let record = ContractRecord(logPath: config.contractLog)
        app.contractRecord = record
        app.middleware.use(ContractCheck(document: .shared, record: record))
    }
    app.middleware.use(SecurityHeadersMiddleware(strictTransportSecurity: config.secureCookies))
    app.middleware.use(SolmuErrorMiddleware())
    app.middleware.use(MailKick())
    app.middleware.use(BodyLimitMiddleware(limit: config.maxBodySize.value))
    app.middleware.use(ControlCharacterGuard(limit: config.maxBodySize.value))
    app.middleware.use(FileMiddleware(publicDirectory: StaticFiles.directory, defaultFile: nil))
    app.middleware.use(SessionMiddleware())
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
        app.databases.use(
            .postgres(
                configuration: postgres, maxConnectionsPerEventLoop: config.postgresConnectionsPerEventLoop,
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
