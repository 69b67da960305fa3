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
    /// How many proxies in front of Solmu append the address they were reached from to `X-Forwarded-For`
    /// (`SOLMU_TRUST_PROXY`, 0 = none). The client is the entry that many from the right: anything left of it was
    /// written by the client itself and is never believed.
    public var trustedProxies: Int
    /// Failed sign-ins per account before each further try waits (doubling); an address gets ten times as many.
    public var signInAttemptLimit: Int
    public var signInWindow: TimeInterval
    /// Solmu's address as its users reach it, for links in e-mail (`SOLMU_PUBLIC_URL`).
    public var publicURL: String
    /// Where a server started with no `SOLMU_PUBLIC_URL` is reached; also what desks built outside a request (the demo
    /// loader, a test) put in their links.
    public static let localPublicURL = "http://127.0.0.1:8080"
    /// The sendmail-compatible program that delivers the outbox, with its arguments (`SOLMU_SENDMAIL`, e.g.
    /// `/usr/sbin/sendmail -t -i`); the message comes on its standard input. Unset: mail waits in the outbox.
    public var sendmail: [String]?
    /// Registrations and self-assessments started per minute by one address without signing in (`SOLMU_ANONYMOUS_WRITE_LIMIT`, 0 = no limit).
    public var anonymousWriteLimit: Int
    /// The window `anonymousWriteLimit` counts in, in seconds.
    public var anonymousWriteWindow: TimeInterval = 60
    /// Mails a day to one address that nobody has confirmed, such as a registration's (`SOLMU_UNCONFIRMED_MAIL_LIMIT`).
    public var unconfirmedMailLimit: Int
    /// Days kept: delivered mail in the outbox, personal data of cancelled registrations after their event (`solmu purge`).
    public var retentionDays: Int
    /// Check every API answer against the OpenAPI document (`SOLMU_CHECK_CONTRACT=1`; on in tests and CI's contract runs).
    public var checkContract: Bool = false
    /// Where the contract check appends `operationId status` for each answer it checked (`SOLMU_CONTRACT_LOG`).
    public var contractLog: String?

    public init(
        database: DatabaseChoice,
        hostname: String = "127.0.0.1",
        port: Int = 8080,
        secureCookies: Bool = false,
        maxBodySize: ByteCount = "256kb",
        postgresConnectionsPerEventLoop: Int = 1,
        trustedProxies: Int = 0,
        signInAttemptLimit: Int = 5,
        signInWindow: TimeInterval = 15 * 60,
        publicURL: String = Configuration.localPublicURL,
        sendmail: [String]? = nil,
        anonymousWriteLimit: Int = 30,
        unconfirmedMailLimit: Int = 5,
        retentionDays: Int = 90,
        checkContract: Bool = false,
        contractLog: String? = nil
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.secureCookies = secureCookies
        self.maxBodySize = maxBodySize
        self.postgresConnectionsPerEventLoop = postgresConnectionsPerEventLoop
        self.trustedProxies = trustedProxies
        self.signInAttemptLimit = signInAttemptLimit
        self.signInWindow = signInWindow
        self.publicURL = publicURL
        self.sendmail = sendmail
        self.anonymousWriteLimit = anonymousWriteLimit
        self.unconfirmedMailLimit = unconfirmedMailLimit
        self.retentionDays = retentionDays
        self.checkContract = checkContract
        self.contractLog = contractLog
    }

    /// Reads `DATABASE_URL`, `SOLMU_SQLITE_PATH`, `SOLMU_DB_CONNECTIONS`, `SOLMU_HOST`, `SOLMU_PORT`, `SOLMU_PUBLIC_URL`, `SOLMU_TRUST_PROXY`,
    /// `SOLMU_SENDMAIL`, `SOLMU_ANONYMOUS_WRITE_LIMIT`, `SOLMU_UNCONFIRMED_MAIL_LIMIT`, `SOLMU_RETENTION_DAYS`,
    /// `SOLMU_CHECK_CONTRACT`, `SOLMU_CONTRACT_LOG`.
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
            trustedProxies: env["SOLMU_TRUST_PROXY"].flatMap(Int.init).map { max(0, $0) } ?? 0,
            publicURL: env["SOLMU_PUBLIC_URL"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
                ?? "http://127.0.0.1:\(env["SOLMU_PORT"] ?? "8080")",
            sendmail: env["SOLMU_SENDMAIL"].nonEmpty.map { $0.split(separator: " ").map(String.init) },
            anonymousWriteLimit: env["SOLMU_ANONYMOUS_WRITE_LIMIT"].flatMap(Int.init).map { max(0, $0) } ?? 30,
            unconfirmedMailLimit: env["SOLMU_UNCONFIRMED_MAIL_LIMIT"].flatMap(Int.init).map { max(0, $0) } ?? 5,
            retentionDays: env["SOLMU_RETENTION_DAYS"].flatMap(Int.init).map { max(1, $0) } ?? 90,
            checkContract: env["SOLMU_CHECK_CONTRACT"] == "1",
            contractLog: env["SOLMU_CONTRACT_LOG"].nonEmpty
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
