import Foundation
import GRDB
import KoppelEngine

/// The result of recomputing a logged decision from the data now in the store.
///
/// ```swift
/// let replay = try store.replay(logID: 12, viewer: .regionalAdviser)
/// replay.outcomeMatches   // true: the same ranking comes out
/// replay.inputsUnchanged  // false: a profile changed since, but not enough to change it
/// ```
public struct DecisionReplay: Sendable, Codable, Equatable {
    public var id: Int64
    public var kind: String
    /// The weights version the replay used: the one the entry recorded.
    public var weightsVersion: Int?
    public var loggedInputHash: String
    public var currentInputHash: String
    /// Whether the inputs hash the same now as when the decision was made.
    public var inputsUnchanged: Bool
    /// The data version the decision was computed from (nil for entries from before data
    /// versions were recorded) and the one the replay read.
    public var loggedDataVersion: Int64?
    public var currentDataVersion: Int64
    /// Whether the data is still of the logged version; nil when the entry has none. The same
    /// version with another input hash means the data was changed without a logged write.
    public var dataVersionUnchanged: Bool? { loggedDataVersion.map { $0 == currentDataVersion } }
    /// Whether recomputing gives the logged outcome.
    public var outcomeMatches: Bool
    /// What differs between the logged and the recomputed outcome (at most 20 lines), as far
    /// as the reader may see it.
    public var differences: [String]
    /// Whether some differences were left out because they concern profiles the reader may
    /// not see.
    public var differencesWithheld: Bool

    /// One sentence for the user.
    public var summary: String { summary(in: .en) }

    /// The sentence in `language`.
    public func summary(in language: Language) -> String {
        let inputs = language.text(inputsUnchanged ? "replay.inputsUnchanged" : "replay.inputsChanged")
        let outcome = language.text(outcomeMatches ? "replay.matches" : "replay.differs")
        let weights = weightsVersion.map { language.text("replay.weights", ["version": $0]) } ?? ""
        var version = ""
        if let logged = loggedDataVersion {
            let arguments: [String: any TextArgument] = ["logged": Int(logged), "current": Int(currentDataVersion)]
            if logged != currentDataVersion {
                version = language.text("replay.versionChanged", arguments)
            } else if inputsUnchanged {
                version = language.text("replay.versionSame", arguments)
            } else {
                version = language.text("replay.versionSameInputsDiffer", arguments)
            }
        }
        return language.text("replay.summary", ["id": Int(id), "kind": kind, "weights": weights, "inputs": inputs, "outcome": outcome, "version": version])
    }
}

extension KoppelStore {
    /// Recomputes a logged ranking, explanation or placement round from the data now in the
    /// store, with the weights version the entry recorded, and compares input hash and outcome.
    ///
    /// The recomputation uses the viewer the decision was taken for, and the reader sees it
    /// through the access policy: only an entry they may read (``logEntry(_:viewer:)``), and
    /// no line about a profile hidden from them.
    ///
    /// - Throws: ``StoreError`` `.notFound` when there is no such entry or the viewer may not
    ///   read it, `.invalidState` when the entry is of a kind that is not computed (an import,
    ///   an acceptance, an erasure …) or its weights version is no longer stored.
    public func replay(logID: Int64, viewer: Viewer) throws -> DecisionReplay {
        return try pool.read { db in
            let scope = try ViewerScope.load(viewer, db)
            guard let entry = try DecisionLog.entry(logID, in: db), scope.policy.mayRead(entryTakenFor: entry.viewer) else {
                throw StoreError(.notFound, text: "store.noLogEntry", ["id": Int(logID)])
            }
            let catalog = try Self.loadCatalog(db)
            let weights = try Self.storedWeights(entry.weightsVersion, db)
            let recomputed: (input: [UInt8], outcome: String)
            switch entry.kind {
            case "ranking", "explain":
                recomputed = try Self.replayRanking(entry, weights: weights, catalog: catalog, db)
            case "round":
                recomputed = try Self.replayRound(entry, weights: weights, catalog: catalog, db)
            default:
                throw StoreError(.invalidState, text: "store.notReplayable", ["id": Int(logID), "kind": entry.kind])
            }
            let hash = InputHash.hex(Data(recomputed.input))
            let differences = Self.differences(logged: entry.outcome, now: recomputed.outcome)
            let shown = differences.compactMap(scope.line)
            return DecisionReplay(
                id: entry.id, kind: entry.kind, weightsVersion: entry.weightsVersion, loggedInputHash: entry.inputHash,
                currentInputHash: hash, inputsUnchanged: hash == entry.inputHash, loggedDataVersion: entry.dataVersion,
                currentDataVersion: try Self.dataVersion(db),
                outcomeMatches: Self.sameJSON(entry.outcome, recomputed.outcome), differences: shown,
                differencesWithheld: shown.count != differences.count)
        }
    }

    /// The weights of a stored version.
    static func storedWeights(_ version: Int?, _ db: Database) throws -> RankingWeights {
        guard let version else { return try WeightsStore.current(db) }
        guard let json = try String.fetchOne(db, sql: "SELECT weights FROM weights_profile WHERE version = ?", arguments: [version]) else {
            throw StoreError(.invalidState, text: "store.weightsGone", ["version": version])
        }
        return try JSONDecoder().decode(RankingWeights.self, from: Data(json.utf8))
    }

    private static func replayRanking(
        _ entry: DecisionLogEntry, weights: RankingWeights, catalog: Catalog, _ db: Database
    ) throws -> (input: [UInt8], outcome: String) {
        let params: RankingLogParams
        do {
            params = try JSONDecoder().decode(RankingLogParams.self, from: Data(entry.params.utf8))
        } catch {
            throw StoreError(.invalidState, text: "store.unreadableParamsBecause", ["id": Int(entry.id), "error": "\(error)"])
        }
        func vacancy() throws -> Vacancy? {
            guard let id = params.vacancy else { return nil }
            return try loadVacancies(db, where: ("id = ?", [id])).first
        }
        func person() throws -> Person? {
            guard let id = params.person else { return nil }
            return try loadPersons(db, where: ("id = ?", [id])).first
        }
        switch params.mode {
        case "candidates":
            let people = try loadPersons(db, where: nil)
            guard let vacancy = try vacancy() else {
                return (Fingerprint.people(people), #"{"missing": "the vacancy no longer exists"}"#)
            }
            let index = try RankingIndex(people: people, catalog: catalog)
            let results = index.rankPeople(
                for: vacancy, on: params.day, viewer: params.loggedViewer, options: params.options, weights: weights)
            // Entries with a data version hash the profiles first (``CandidatesInputHash``).
            let input = entry.dataVersion == nil
                ? Fingerprint.vacancies([vacancy]) + Fingerprint.people(people)
                : Fingerprint.people(people) + Fingerprint.vacancies([vacancy])
            return (input, RankingLogParams.outcome(results, mode: params.mode))
        case "vacancies":
            let vacancies = try loadVacancies(db, where: ("status = 'open'", []))
            guard let person = try person() else {
                return (Fingerprint.vacancies(vacancies), #"{"missing": "the profile no longer exists"}"#)
            }
            let results = try RankingEngine.rankVacancies(
                for: person, among: vacancies, catalog: catalog, on: params.day, viewer: params.loggedViewer,
                options: params.options, weights: weights)
            return (Fingerprint.people([person]) + Fingerprint.vacancies(vacancies), RankingLogParams.outcome(results, mode: params.mode))
        default:
            let vacancy = try vacancy()
            let person = try person()
            let input = Fingerprint.vacancies(vacancy.map { [$0] } ?? []) + Fingerprint.people(person.map { [$0] } ?? [])
            guard let vacancy, let person,
                  let result = RankingEngine.score(
                    person, for: vacancy, catalog: catalog, on: params.day, viewer: params.loggedViewer,
                    options: params.options, weights: weights)
            else {
                return (input, #"{"missing": "the profile or vacancy no longer exists or is no longer visible"}"#)
            }
            return (input, RankingLogParams.outcome([result], mode: params.mode))
        }
    }

    private static func replayRound(
        _ entry: DecisionLogEntry, weights: RankingWeights, catalog: Catalog, _ db: Database
    ) throws -> (input: [UInt8], outcome: String) {
        struct Params: Decodable { var rotation: String; var day: Day }
        let params: Params
        do {
            params = try JSONDecoder().decode(Params.self, from: Data(entry.params.utf8))
        } catch {
            throw StoreError(.invalidState, text: "store.unreadableParamsBecause", ["id": Int(entry.id), "error": "\(error)"])
        }
        let data = try RoundData.load(params.rotation, db)
        let built = try RoundInstance.build(data, catalog: catalog, weights: weights, on: params.day, db)
        let matching = PlacementSolver.solve(built.instance, proposing: .trainee)
        return ([UInt8](PlacementJSON.encode(InstanceDocument(built.instance))), String(decoding: PlacementJSON.encode(matching), as: UTF8.self))
    }

    /// Whether two JSON texts hold the same value (key order and spacing aside).
    static func sameJSON(_ a: String, _ b: String) -> Bool {
        func canonical(_ text: String) -> Data? {
            guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) else { return nil }
            return try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        }
        guard let x = canonical(a), let y = canonical(b) else { return a == b }
        return x == y
    }

    /// Readable differences between a logged and a recomputed outcome.
    static func differences(logged: String, now: String) -> [String] {
        if sameJSON(logged, now) { return [] }
        func results(_ text: String) -> [(id: String, score: String, eligible: String)]? {
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                  let list = object["results"] as? [[Any]]
            else { return nil }
            return list.compactMap { item in
                guard item.count == 3, let id = item[0] as? String else { return nil }
                return (id, "\(item[1])", "\(item[2])")
            }
        }
        guard let before = results(logged), let after = results(now) else {
            // Cut at a space or bracket, never inside an id.
            func head(_ text: String) -> String {
                guard text.count > 300 else { return text }
                let cut = text.prefix(300)
                return String(cut[..<(cut.lastIndex { " ,[]{}".contains($0) } ?? cut.startIndex)]) + " …"
            }
            return ["logged: \(head(logged))", "now:    \(head(now))"]
        }
        var lines: [String] = []
        let afterByID = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let beforeIDs = Set(before.map(\.id))
        for (rank, item) in before.enumerated() {
            guard let current = afterByID[item.id] else {
                lines.append("\(item.id): was #\(rank + 1) with \(item.score), now not in the result")
                continue
            }
            let newRank = after.firstIndex { $0.id == item.id }! + 1
            if current.score != item.score || current.eligible != item.eligible || newRank != rank + 1 {
                lines.append("\(item.id): was #\(rank + 1) with \(item.score), now #\(newRank) with \(current.score)")
            }
        }
        for (rank, item) in after.enumerated() where !beforeIDs.contains(item.id) {
            lines.append("\(item.id): new at #\(rank + 1) with \(item.score)")
        }
        return Array(lines.prefix(20))
    }
}
