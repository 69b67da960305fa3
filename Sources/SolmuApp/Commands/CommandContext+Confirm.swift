import Vapor

extension CommandContext {
    /// Asks before a command changes much. `--yes` (`-y`) answers yes beforehand and `--no` (`-n`) no — ConsoleKit's own
    /// global flags, read before the command's signature. Without either and without a terminal to ask on, the command
    /// says which flag to add and ends with status 1, instead of waiting at a prompt nobody sees.
    func confirm(_ question: String, withoutTerminal hint: String) throws -> Bool {
        if let answer = console.confirmOverride { return answer }
        guard isatty(STDIN_FILENO) == 1 else {
            console.error(hint)
            throw ExitCode(1)
        }
        return console.confirm(question.consoleText())
    }
}
