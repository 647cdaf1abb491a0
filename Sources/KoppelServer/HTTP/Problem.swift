import Foundation
import HTTPTypes
import Hummingbird
import Koppel

/// An error answer as `application/problem+json` (RFC 9457) with a stable `code`.
///
/// The detail says what the client can act on; it never holds a stack trace, SQL or a path.
public struct Problem: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// Stable and documented: `notAllowed`, `notFound`, `unauthenticated`, `csrf`, `throttled`, …
    public var code: String
    public var detail: String
    /// Every bad record of a refused import.
    public var errors: [ImportIssue]?
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, detail: String, errors: [ImportIssue]? = nil) {
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
    }

    struct Body: Encodable {
        var type: String
        var title: String
        var status: Int
        var code: String
        var detail: String
        var errors: [ImportIssue]?
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(
            type: "about:blank", title: status.reasonPhrase, status: status.code, code: code, detail: detail, errors: errors)
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: try JSONOutput.encode(body))))
    }

    static func unauthenticated(_ detail: String = "sign in first: a bearer token or a session cookie") -> Problem {
        Problem(.unauthorized, code: "unauthenticated", detail: detail)
    }

    static func forbidden(_ detail: String) -> Problem { Problem(.forbidden, code: "notAllowed", detail: detail) }

    static func badRequest(_ detail: String) -> Problem { Problem(.badRequest, code: "invalidInput", detail: detail) }
}
