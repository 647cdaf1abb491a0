import GRDB
import KoppelEngine

extension KoppelStore {
    /// A page of the decision log, newest first, as `viewer` may read it: only the entries the
    /// access policy lets them read, each with its subjects counted (not listed) as far as
    /// they may see them, and params and outcome withheld where they concern someone hidden.
    public func logPage(_ query: LogQuery, viewer: Viewer) throws -> [DecisionLogEntry] {
        try pool.read { db in
            let scope = try ViewerScope.load(viewer, db)
            var filtered = query
            filtered.viewers = scope.policy.readableEntryViewers?.map(\.description)
            if let person = query.person, scope.hidden.contains(person) { return [] }
            return try DecisionLog.page(filtered, in: db).map { entry in
                scope.entry(entry, hiddenSubjects: try scope.hiddenSubjectCount(logID: entry.id, db))
            }
        }
    }

    /// One decision-log entry in full (with its subjects) as `viewer` may read it; nil when
    /// there is none with this id or the viewer may not read it (the two look the same).
    public func logEntry(_ id: Int64, viewer: Viewer) throws -> DecisionLogEntry? {
        try pool.read { db in
            guard let entry = try DecisionLog.entry(id, in: db) else { return nil }
            let scope = try ViewerScope.load(viewer, db)
            guard scope.policy.mayRead(entryTakenFor: entry.viewer) else { return nil }
            return scope.entry(entry)
        }
    }
}
