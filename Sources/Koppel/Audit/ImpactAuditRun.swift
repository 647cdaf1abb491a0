import Foundation
import GRDB
import KoppelEngine

/// An impact audit as `koppel audit impact` prints it: the report, the overrides on record and
/// how it was logged.
public struct ImpactAuditRun: Sendable, Codable {
    public var report: ImpactReport
    /// The period read (UTC days, both included); nil for open.
    public var from: Day?
    public var to: Day?
    /// k: a candidate counts as shortlisted among the first k eligible of a logged ranking.
    public var top: Int
    /// SHA-256 (hex) of the group file: the only trace of it that koppel keeps.
    public var groupFileSHA256: String
    /// Overrides (``DecisionLog`` kind `override`) in the period, per adviser and per employer.
    public var overridesByAdviser: [String: Int]
    public var overridesByEmployer: [String: Int]
    /// Decision-log entries read, per kind.
    public var entriesRead: [String: Int]
    /// The `audit` entry that records this run.
    public var logID: Int64
}

extension KoppelStore {
    /// Runs an impact audit over the decision log with the auditor's groups and logs the run
    /// (the file's SHA-256 and column names only; the labels are never stored).
    ///
    /// - Throws: ``StoreError`` `.notAllowed` unless ``AccessPolicy/mayRunAudits``,
    ///   `.invalidInput` for a minimum group size below 2 or k below 1.
    public func impactAudit(
        groups: AuditGroups, groupFileSHA256: String, from: Day?, to: Day?, top: Int = 10, minimumGroupSize: Int = 10,
        viewer: Viewer, actor: String?
    ) throws -> ImpactAuditRun {
        try Self.require(AccessPolicy(viewer).mayRunAudits, text: "access.impact", ["viewer": viewer])
        guard minimumGroupSize >= 2 else { throw StoreError(.invalidInput, text: "store.minGroup", ["value": minimumGroupSize]) }
        guard top >= 1 else { throw StoreError(.invalidInput, text: "store.topAtLeastOne", ["value": top]) }
        let selection = try pool.read { try AuditLogSelection(from: from, to: to, top: top, in: $0) }
        let report = ImpactAudit.compute(
            groups: groups, selected: selection.selected, rankings: selection.rankings, minimumGroupSize: minimumGroupSize)
        var run = ImpactAuditRun(
            report: report, from: from, to: to, top: top, groupFileSHA256: groupFileSHA256,
            overridesByAdviser: selection.overridesByActor, overridesByEmployer: selection.overridesByEmployer,
            entriesRead: selection.entriesRead, logID: 0)
        let flagged = report.stages.flatMap(\.dimensions).flatMap(\.groups).filter(\.belowFourFifths).count
        let params = try DecisionLog.json([
            "audit": "impact", "groupFileSHA256": groupFileSHA256, "columns": groups.columns,
            "from": from.map { $0.description as Any } ?? NSNull(), "to": to.map { $0.description as Any } ?? NSNull(),
            "top": top, "minimumGroupSize": minimumGroupSize,
        ])
        run.logID = try pool.write { db in
            try DecisionLog.append(
                NewDecision(kind: "audit", actor: actor, viewer: viewer, inputHash: groupFileSHA256, weightsVersion: nil,
                            params: params, outcome: "{\"flaggedBelowFourFifths\": \(flagged)}", subjects: []),
                in: db)
        }
        return run
    }
}
