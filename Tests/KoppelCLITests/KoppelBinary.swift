import Foundation

/// Runs the built `koppel` binary, as a user would, and captures what it prints.
struct KoppelBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `koppel` executable next to the test bundle.
    static var url: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + CommandLine.arguments.prefix(1).map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        for directory in candidates {
            var url = directory.appendingPathComponent("koppel")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            url = directory.deletingLastPathComponent().appendingPathComponent("koppel")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("koppel binary not found near \(Bundle.main.bundleURL.path)")
    }

    /// Runs `koppel` with `arguments` in `directory`, feeding `input` on stdin.
    static func run(
        _ arguments: [String], in directory: URL? = nil, input: String? = nil,
        environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "KOPPEL_DB")
        // Writes need an actor; tests that check that pass KOPPEL_ACTOR "" themselves.
        env["KOPPEL_ACTOR"] = "test-runner"
        // The tests read English unless they ask for a language (LanguageTests do).
        env["KOPPEL_LANG"] = "en"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary directory for one test.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("koppel-cli-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
