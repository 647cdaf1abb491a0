import Foundation
import HTTPTypes
import Hummingbird
import Koppel

extension KoppelRequestContext {
    /// The signed-in account, or 401.
    func signedIn() throws -> Account {
        guard let account else { throw Problem.unauthenticated() }
        return account
    }

    /// The account and its viewer for a read or write of koppel's data; an admin (accounts
    /// only) is refused with 403, a signed-out request with 401.
    func reader() throws -> (account: Account, viewer: Viewer) {
        let account = try signedIn()
        guard let viewer else { throw Problem.forbidden("an admin account manages accounts only") }
        return (account, viewer)
    }

    /// A path parameter.
    func path(_ name: String) throws -> String { try parameters.require(name) }
}

extension Request {
    /// A query parameter's text, or nil.
    func query(_ name: String) -> String? { uri.queryParameters[Substring(name)].map(String.init) }

    /// A whole-number query parameter in `range`, or `fallback` when absent; 400 otherwise.
    func intQuery(_ name: String, in range: ClosedRange<Int>, default fallback: Int?) throws -> Int? {
        guard let text = query(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw Problem.badRequest("\(name) is a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A `true`/`false` query parameter (absent is false).
    func flag(_ name: String) throws -> Bool {
        switch query(name) {
        case nil, "false", "0": return false
        case "true", "1", "": return true
        default: throw Problem.badRequest("\(name) is true or false")
        }
    }

    /// A day (YYYY-MM-DD) query parameter, or nil when absent.
    func dayQuery(_ name: String) throws -> Day? {
        guard let text = query(name) else { return nil }
        guard let day = Day(text) else { throw Problem.badRequest("\(name) is a date YYYY-MM-DD") }
        return day
    }

    /// The body, at most ``ServerLimits/maxBodyBytes`` (413 beyond).
    func bytes(context: KoppelRequestContext) async throws -> [UInt8] {
        var buffer = try await body.collect(upTo: context.maxUploadSize)
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }

    /// The body decoded from JSON (400 when it is not the expected JSON).
    func json<T: Decodable>(_ type: T.Type, context: KoppelRequestContext) async throws -> T {
        try JSONDecoder().decode(T.self, from: Data(try await bytes(context: context)))
    }
}

/// Answers with koppel's JSON text (the CLI's encoding) or another media type.
enum Reply {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json<T: Encodable>(encoding value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        json(try JSONOutput.encode(value), status: status)
    }

    static func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
