import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request to a live server on loopback, with no read timeout that a loaded machine
/// could reach (HummingbirdTesting's live client gives up after 20 s without a byte).
struct LiveRequest {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    var port: Int

    /// Sends `method path` with `headers` and waits for the whole answer.
    func send(_ path: String, method: String = "GET", headers: HTTPFields = [:]) async throws -> Answer {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.timeoutInterval = 24 * 3600
        for field in headers { request.setValue(field.value, forHTTPHeaderField: field.name.rawName) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var names: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { names[key.lowercased()] = value }
        }
        return Answer(status: http.statusCode, headers: names, body: String(decoding: data, as: UTF8.self))
    }
}
