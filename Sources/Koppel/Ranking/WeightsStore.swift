import Foundation
import GRDB
import KoppelEngine

/// The versioned ranking weights kept in the database.
enum WeightsStore {
    /// Stores the default profile as version 1 when the table is empty.
    static func insertDefaultIfMissing(_ db: Database) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM weights_profile") == 0 else { return }
        try insert(.default, note: "default profile", at: "2026-01-01T00:00:00Z", db)
    }

    static func insert(_ weights: RankingWeights, note: String, at: String, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(weights), as: UTF8.self)
        try db.execute(
            sql: "INSERT INTO weights_profile (version, created_at, note, weights) VALUES (?, ?, ?, ?)",
            arguments: [weights.version, at, note, json])
    }

    static func current(_ db: Database) throws -> RankingWeights {
        guard let json = try String.fetchOne(db, sql: "SELECT weights FROM weights_profile ORDER BY version DESC LIMIT 1") else {
            return .default
        }
        return try JSONDecoder().decode(RankingWeights.self, from: Data(json.utf8))
    }
}

/// One stored version of the ranking weights.
public struct WeightsVersion: Sendable {
    public var weights: RankingWeights
    public var createdAt: String
    public var note: String
}

extension KoppelStore {
    /// The weights the next ranking will use: the highest version.
    public func currentWeights() throws -> RankingWeights {
        try pool.read { try WeightsStore.current($0) }
    }

    /// Every stored weights version, oldest first.
    public func weightsHistory() throws -> [WeightsVersion] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM weights_profile ORDER BY version").map { row in
                WeightsVersion(
                    weights: try JSONDecoder().decode(RankingWeights.self, from: Data((row["weights"] as String).utf8)),
                    createdAt: row["created_at"], note: row["note"])
            }
        }
    }

    /// Stores a new weights version (current version + 1) built from the current one with
    /// `changes` applied, and logs the change. The new profile must still sum to 100.
    @discardableResult
    public func setWeights(_ changes: [RankingCriterion: Double], note: String, actor: String?) throws -> RankingWeights {
        try pool.write { db in
            let current = try WeightsStore.current(db)
            var values = Dictionary(uniqueKeysWithValues: RankingCriterion.allCases.map { ($0, current.weight(for: $0)) })
            for (criterion, value) in changes { values[criterion] = value }
            let next = try RankingWeights(
                version: current.version + 1, mustSkills: values[.mustSkills]!, mustCredentials: values[.mustCredentials]!,
                niceSkills: values[.niceSkills]!, domainExperience: values[.domainExperience]!,
                workingLevel: values[.workingLevel]!, scaleFit: values[.scaleFit]!, hours: values[.hours]!,
                commute: values[.commute]!, availability: values[.availability]!, wishes: values[.wishes]!)
            let now = DecisionLog.timestamp(Date())
            try WeightsStore.insert(next, note: note, at: now, db)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let json = String(decoding: try encoder.encode(next), as: UTF8.self)
            try DecisionLog.append(
                NewDecision(kind: "weights", actor: actor, viewer: nil, input: Data(json.utf8), weightsVersion: next.version,
                            params: json, outcome: "{\"note\": \(JSONText.quote(note))}"),
                in: db)
            return next
        }
    }
}
