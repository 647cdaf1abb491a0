import GRDB
import KoppelEngine

extension KoppelStore {
    /// Writes every record of `kind` as `viewer` may see it: the profiles the access policy
    /// hides from them are left out, and so is every record and list item that names one.
    ///
    /// - Throws: ``StoreError`` `.notAllowed` when the viewer may not export (a trainee, an
    ///   auditor).
    public func export(_ kind: EntityKind, format: DataFormat, viewer: Viewer, to output: (String) throws -> Void) throws {
        try Self.require(AccessPolicy(viewer).mayExport, text: "access.export", ["viewer": viewer])
        let hidden = try pool.read { db in try ViewerScope.load(viewer, db).hidden }
        try export(kind, format: format, hiding: hidden, to: output)
    }
}
