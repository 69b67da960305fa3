import Vapor

/// Thrown by a command that has already told the user what went wrong: the entrypoint ends the process with `code`
/// and nothing more (no backtrace), so scripts and cron see a plain exit status. Reported below the default log level,
/// since Vapor reports every error a command throws and the command's own message has said it.
public struct ExitCode: DebuggableError {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }
    public var identifier: String { "exit" }
    public var reason: String { "exit \(code)" }
    public var logLevel: Logger.Level { .debug }
}
