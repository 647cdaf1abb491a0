import GRDB
import KoppelEngine

extension KoppelStore {
    /// The viewer that `--as` names, checked against this database: an employer code (any
    /// case, surrounding spaces ignored), `regional`, `auditor`, `steward` or `trainee:ID`;
    /// ``Viewer/nobody`` when `text` is nil.
    ///
    /// - Throws: ``ViewerError`` for an empty text, an unknown employer code or trainee id.
    public func resolveViewer(_ text: String?) throws -> Viewer {
        guard let text else { return .nobody }
        let (codes, trainees) = try pool.read { db in
            (try String.fetchAll(db, sql: "SELECT code FROM employer ORDER BY code"),
             try Row.fetchAll(db, sql: "SELECT id, person FROM trainee").reduce(into: [String: String]()) { $0[$1[0]] = $1[1] })
        }
        return try Viewer.resolve(text, employerCodes: codes, traineePerson: { trainees[$0] })
    }

    /// Throws ``StoreError`` `.notAllowed` with `message` unless `allowed`.
    static func require(_ allowed: Bool, _ message: @autoclosure () -> String) throws {
        if !allowed { throw StoreError(.notAllowed, message()) }
    }

    /// Throws ``StoreError`` `.notAllowed` with the catalogue text `key` unless `allowed`.
    static func require(_ allowed: Bool, text key: String, _ arguments: @autoclosure () -> [String: any TextArgument]) throws {
        if !allowed { throw StoreError(.notAllowed, text: key, arguments()) }
    }
}
