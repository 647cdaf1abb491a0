import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Koppel
import KoppelServer
import Testing

/// The committed OpenAPI document and the router agree, and the document is served.
@Suite struct OpenAPIDocumentTests {
    /// "GET /api/v1/log/{id}" for each operation of the document.
    static func documented() throws -> Set<String> {
        let document = try JSONSerialization.jsonObject(with: Data(KoppelServer.openAPIDocument.utf8)) as! [String: Any]
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = document["paths"] as! [String: [String: Any]]
        return Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
    }

    /// The same for each route of the router, `:name` written `{name}`.
    static func routed() throws -> Set<String> {
        let fixture = try ServerFixture()
        let router = KoppelServer.router(store: fixture.store, configuration: fixture.configuration)
        return Set(router.routes.map { route in
            let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            return "\(route.method) /" + path.joined(separator: "/")
        })
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws {
        let documented = try Self.documented(), routed = try Self.routed()
        #expect(routed.subtracting(documented).sorted() == [], "routes missing from openapi.json")
        #expect(documented.subtracting(routed).sorted() == [], "documented operations without a route")
    }

    @Test func theDocumentIsServedWithoutSigningIn() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == KoppelServer.openAPIDocument)
        }
    }
}
