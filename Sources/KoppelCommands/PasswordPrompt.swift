import Foundation

/// Reads a password: at a terminal from a prompt without echo, else the first line of stdin.
/// Never from the command line, where other users and the shell's history would see it.
enum PasswordPrompt {
    static func read(_ prompt: String) throws -> String {
        guard isatty(0) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CLIError.runtime(tr("users.noPasswordOnInput"))
            }
            return line
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(0, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSAFLUSH, &silent)
        defer {
            tcsetattr(0, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw CLIError.runtime(tr("users.noPassword")) }
        return line
    }
}
