import Foundation

/// A `koppel` process started in the background, so a test can run several at once or kill one.
/// Its stdout and stderr go to files (no pipe can fill up and block it).
final class KoppelProcess {
    let process = Process()
    let stdoutURL: URL
    let stderrURL: URL

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        let id = UUID().uuidString
        stdoutURL = directory.appendingPathComponent("out-\(id).txt")
        stderrURL = directory.appendingPathComponent("err-\(id).txt")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = KoppelBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "KOPPEL_DB")
        env["KOPPEL_ACTOR"] = "test-runner"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// What the process wrote to stderr so far.
    var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }
    var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }

    /// Kills the process with SIGKILL: no handler, no cleanup, as a power cut would.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end and returns its exit status (or signal number).
    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }
}

/// A CSV of `count` people with ids `prefix-000000` …, all at employer ENS.
func personsCSV(prefix: String, count: Int) -> String {
    var text = "id,display_name,employer,job_title,scale,hours_per_week,nlqf,home_place,skills,domains,updated_at\n"
    text.reserveCapacity(count * 110)
    for i in 0..<count {
        let n = String(i)
        let id = prefix + "-" + String(repeating: "0", count: max(0, 6 - n.count)) + n
        text += "\(id),Persoon \(n) van \(prefix),ENS,Medewerker BAG,8,36,4,Enschede,nl:bag=4|nl:bgt=3,geo=3,2026-10-01\n"
    }
    return text
}
