import Foundation
import HTTPTypes
import Hummingbird
import Koppel

/// An error answer as `application/problem+json` (RFC 9457) with a stable `code`.
///
/// The detail says what the client can act on; it never holds a stack trace, SQL or a path.
/// A detail from the catalogue (``init(_:code:key:_:errors:)``, or a store error's wording) is
/// written in the signed-in account's language, else the request's `Accept-Language` (Dutch
/// by default); `code` is the same in every language.
public struct Problem: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// Stable and documented: `notAllowed`, `notFound`, `unauthenticated`, `csrf`, `throttled`, …
    public var code: String
    public var detail: String
    /// The catalogue key of the detail and its arguments; nil for a detail passed as text.
    public var detailKey: String?
    public var detailArguments: [String: String] = [:]
    /// The detail from the catalogue with its arguments (a store or account error's message).
    public var wording: CatalogueText?
    /// The signed-in account's language, which the detail follows before `Accept-Language`.
    public var language: Language?
    /// Every bad record of a refused import.
    public var errors: [ImportIssue]?
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, detail: String, errors: [ImportIssue]? = nil) {
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
    }

    /// A problem whose detail comes from the catalogue (`server.…` keys), in the request's language.
    public init(
        _ status: HTTPResponse.Status, code: String, key: String, _ arguments: [String: String] = [:],
        errors: [ImportIssue]? = nil
    ) {
        self.init(status, code: code, detail: Language.en.text(key, arguments), errors: errors)
        detailKey = key
        detailArguments = arguments
    }

    /// The detail in `language`.
    public func detail(in language: Language) -> String {
        if let wording { return wording.text(in: language) }
        guard let detailKey else { return detail }
        return language.text(detailKey, detailArguments)
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
        let language = self.language ?? Language.accepting(request.headers[.acceptLanguage])
        let body = Body(
            type: "about:blank", title: status.reasonPhrase, status: status.code, code: code, detail: detail(in: language),
            errors: errors)
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: try JSONOutput.encode(body))))
    }

    static func unauthenticated(_ key: String = "server.signInFirst") -> Problem {
        Problem(.unauthorized, code: "unauthenticated", key: key)
    }

    static func forbidden(_ detail: String) -> Problem { Problem(.forbidden, code: "notAllowed", detail: detail) }

    static func badRequest(_ detail: String) -> Problem { Problem(.badRequest, code: "invalidInput", detail: detail) }
}

/// An error from a signed-in request, with the account's language for its problem's detail.
struct InAccountLanguage: Error {
    var error: any Error
    var language: Language
}
