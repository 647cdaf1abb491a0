import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `koppel serve` started as a process on a free loopback port, for tests that talk HTTP to it.
struct ServedKoppel {
    let process: KoppelProcess
    let port: Int

    /// Starts `koppel serve --db database` and waits until it answers.
    init(database: String, in directory: URL) throws {
        for _ in 0..<20 {
            let port = Int.random(in: 20_000...60_000)
            let process = try KoppelProcess(["serve", "--db", database, "--port", String(port), "--insecure-cookie"], in: directory)
            if Self.waitUntilListening(port, process) {
                (self.process, self.port) = (process, port)
                return
            }
            process.killHard()
            process.wait()
        }
        throw CocoaError(.featureUnsupported)
    }

    private static func waitUntilListening(_ port: Int, _ process: KoppelProcess) -> Bool {
        for _ in 0..<600 {
            if !process.process.isRunning { return false }
            if let answer = try? HTTP.request("http://127.0.0.1:\(port)/api/v1/openapi.json"), answer.status == 200 { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Adds an account with `koppel users add` (no password) and returns a new API token of it.
    static func account(_ id: String, role: String, employer: String? = nil, trainee: String? = nil, database: String) throws -> String {
        let added = try KoppelBinary.run(
            ["users", "add", id, "--name", "Test \(id)", "--role", role, "--no-password", "--db", database]
                + (employer.map { ["--employer", $0] } ?? []) + (trainee.map { ["--trainee", $0] } ?? []))
        precondition(added.status == 0, added.stderr)
        let issued = try KoppelBinary.run(["users", "token", id, "--days", "1", "--db", database])
        precondition(issued.status == 0, issued.stderr)
        return issued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A request to the server, with the bearer token when one is given.
    func request(_ path: String, method: String = "GET", token: String?, body: String? = nil, timeout: TimeInterval = 60) throws -> HTTP.Answer {
        try HTTP.request(
            "http://127.0.0.1:\(port)\(path)", method: method, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:],
            body: body, timeout: timeout)
    }

    /// Ends the server with SIGTERM and waits for it.
    func stop() {
        kill(process.process.processIdentifier, SIGTERM)
        process.wait()
    }
}

/// A blocking HTTP/1.1 client for the tests (URLSession on a private session).
enum HTTP {
    struct Answer: Sendable { var status: Int; var body: String }

    static func request(
        _ url: String, method: String = "GET", headers: [String: String] = [:], body: String? = nil, timeout: TimeInterval = 5
    ) throws -> Answer {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: timeout)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body.map { Data($0.utf8) }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<Answer, any Error> = .failure(URLError(.unknown))
        let session = URLSession(configuration: .ephemeral)
        session.dataTask(with: request) { data, response, error in
            if let error { result = .failure(error) } else {
                result = .success(Answer(
                    status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: String(decoding: data ?? Data(), as: UTF8.self)))
            }
            done.signal()
        }.resume()
        done.wait()
        session.finishTasksAndInvalidate()
        return try result.get()
    }
}
