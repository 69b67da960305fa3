import Vapor

/// The `solmu` subcommands beyond Vapor's own `serve` (the default) and `migrate`.
enum Commands {
    static func register(on app: Application) {
        app.asyncCommands.use(DemoCommand(), as: "demo")
        app.asyncCommands.use(UserCommand(), as: "user")
        app.asyncCommands.use(TokenCommand(), as: "token")
        app.asyncCommands.use(SyntheticCommand(), as: "synthetic")
        app.asyncCommands.use(SyntheticProgrammeCommand(), as: "synthetic-programme")
        app.asyncCommands.use(SyntheticCallCommand(), as: "synthetic-call")
        app.asyncCommands.use(SyntheticEventCommand(), as: "synthetic-event")
        app.asyncCommands.use(SyntheticSelfAssessmentsCommand(), as: "synthetic-self-assessments")
        app.asyncCommands.use(OutboxCommand(), as: "outbox")
        app.asyncCommands.use(SolmuMigrateCommand(), as: "migrate")
        app.asyncCommands.use(PurgeCommand(), as: "purge")
        app.asyncCommands.use(BackupCommand(), as: "backup")
        app.asyncCommands.use(RestoreCommand(), as: "restore")
        app.asyncCommands.use(CopyCommand(), as: "copy")
        app.asyncCommands.use(PersonCommand(), as: "person")
    }
}
