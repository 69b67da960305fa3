import Foundation
import Vapor

/// Every setting Solmu reads from the environment, read in this one place.
public struct Configuration: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String, searchPath: [String]?)

        /// The engine's name as `/api/v1/healthz` reports it.
        public var engineName: String {
            switch self {
            case .sqlite: "sqlite"
            case .postgres: "postgresql"
            }
        }
    }

    public var database: DatabaseChoice
    public var hostname: String
    public var port: Int
    /// Cookies get `Secure` when the public address is https (TLS ends at a proxy in front of Solmu).
    public var secureCookies: Bool
    /// Largest request body the API accepts.
    public var maxBodySize: ByteCount
    /// Failed sign-ins per e-mail or address within `signInWindow` before sign-in is refused for a while.
    /// PostgreSQL connections per event loop (one event loop per core). Measured on 2 cores with wrk: 1 gave the most
    /// requests/s (277 vs 267 with 2 and 139 with 4 on a filter list); raise it where the database has its own cores.
    public var postgresConnectionsPerEventLoop: Int
    /// Behind a load balancer or proxy the client's address is in `X-Forwarded-For`; trusted only when set,
    /// since a client could write that header itself.
    public var trustForwardedFor: Bool
    public var signInAttemptLimit: Int
    public var signInWindow: TimeInterval
    /// Solmu's address as its users reach it, for links in e-mail (`SOLMU_PUBLIC_URL`).
    public var publicURL: String
    /// The sendmail-compatible program that delivers the outbox, with its arguments (`SOLMU_SENDMAIL`, e.g.
    /// `/usr/sbin/sendmail -t -i`); the message comes on its standard input. Unset: mail waits in the outbox.
    public var sendmail: [String]?

    public init(
        database: DatabaseChoice,
        hostname: String = "127.0.0.1",
        port: Int = 8080,
        secureCookies: Bool = false,
        maxBodySize: ByteCount = "256kb",
        postgresConnectionsPerEventLoop: Int = 1,
        trustForwardedFor: Bool = false,
        signInAttemptLimit: Int = 5,
        signInWindow: TimeInterval = 15 * 60,
        publicURL: String = "http://127.0.0.1:8080",
        sendmail: [String]? = nil
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.secureCookies = secureCookies
        self.maxBodySize = maxBodySize
        self.postgresConnectionsPerEventLoop = postgresConnectionsPerEventLoop
        self.trustForwardedFor = trustForwardedFor
        self.signInAttemptLimit = signInAttemptLimit
        self.signInWindow = signInWindow
        self.publicURL = publicURL
        self.sendmail = sendmail
    }

    /// Reads `DATABASE_URL`, `SOLMU_SQLITE_PATH`, `SOLMU_DB_CONNECTIONS`, `SOLMU_HOST`, `SOLMU_PORT`, `SOLMU_PUBLIC_URL`, `SOLMU_TRUST_PROXY`, `SOLMU_SENDMAIL`.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Configuration {
        let database: DatabaseChoice
        if let url = env["DATABASE_URL"], url.hasPrefix("postgres") {
            database = .postgres(url: url, searchPath: nil)
        } else {
            database = .sqlite(path: env["SOLMU_SQLITE_PATH"] ?? "solmu.sqlite")
        }
        return Configuration(
            database: database,
            hostname: env["SOLMU_HOST"] ?? "127.0.0.1",
            port: env["SOLMU_PORT"].flatMap(Int.init) ?? 8080,
            secureCookies: env["SOLMU_PUBLIC_URL"]?.hasPrefix("https://") ?? false,
            postgresConnectionsPerEventLoop: env["SOLMU_DB_CONNECTIONS"].flatMap(Int.init).map { max(1, $0) } ?? 1,
            trustForwardedFor: env["SOLMU_TRUST_PROXY"] == "1",
            publicURL: env["SOLMU_PUBLIC_URL"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "http://127.0.0.1:\(env["SOLMU_PORT"] ?? "8080")",
            sendmail: env["SOLMU_SENDMAIL"].nonEmpty.map { $0.split(separator: " ").map(String.init) }
        )
    }
}

extension Application {
    private struct ConfigurationKey: StorageKey {
        typealias Value = Configuration
    }

    public var solmu: Configuration {
        get { storage[ConfigurationKey.self] ?? .fromEnvironment() }
        set { storage[ConfigurationKey.self] = newValue }
    }
}
