import Foundation
import SolmuApp
import Vapor

/// `solmu [serve|migrate|demo|user|token …]`: everything else lives in SolmuApp.
@main
enum Entrypoint {
    static func main() async throws {
        var env = try Environment.detect()
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        // An error thrown out of `main` would end the process with a crash report: end it with an exit status instead.
        do {
            try await configure(app, .fromEnvironment())
            try await Solmu.prepareForServing(app)
        } catch {
            app.logger.report(error: error)
            await end(app, status: 1)
        }
        do {
            try await app.execute()
        } catch {
            // Vapor has reported the error; a command's `ExitCode` carries the status it chose.
            await end(app, status: (error as? ExitCode)?.code ?? 1)
        }
        try await app.asyncShutdown()
    }

    private static func end(_ app: Application, status: Int32) async -> Never {
        try? await app.asyncShutdown()
        exit(status)
    }
}
