import Foundation
import GRDB
import KoppelEngine

/// The Algoritmeregister entry of one organisation, filled from the live configuration.
public struct RegisterEntry: Sendable {
    /// The entry's fields (publication standard 1.0.0 keys), as JSON values.
    public var json: String
    /// The decision log entry that records the export.
    public var logID: Int64
}

extension KoppelStore {
    /// Builds the entry for employer `organisation` (its code), checks every field against
    /// ``RegisterStandard/v1`` and logs the export (kind `register`).
    ///
    /// - Throws: ``StoreError`` `.notFound` for an unknown employer; `.invalidInput` when a
    ///   field breaks the standard (each problem named), and nothing is logged then.
    public func registerEntry(
        organisation: String, contact: String, website: String?, since: String?, viewer: Viewer, actor: String?
    ) throws -> RegisterEntry {
        try pool.write { db in
            let catalog = try Self.loadCatalog(db)
            guard let employer = catalog.employers.first(where: { $0.id.lowercased() == organisation.lowercased() }) else {
                throw StoreError(.notFound, text: "store.noEmployer", ["code": organisation])
            }
            let weights = try WeightsStore.current(db)
            var entry: [String: Any] = [
                "name": RegisterTexts.name,
                "description_short": RegisterTexts.descriptionShort,
                "organization": employer.name,
                "category": ["Werk", "Organisatie en bedrijfsvoering"],
                "status": "In gebruik",
                "contact_email": contact,
                "publication_category": "Hoog-risico AI-systeem",
                "goal": RegisterTexts.goal,
                "proportionality": RegisterTexts.proportionality,
                "human_intervention": RegisterTexts.humanIntervention,
                "risks": RegisterTexts.risks,
                "lawful_basis": RegisterTexts.lawfulBasis,
                "impacttoetsen_grouping": [["title": "Data Protection Impact Asssesment (DPIA)", "link": ""]],
                "impacttoetsen": RegisterTexts.impactAssessments,
                "source_data": RegisterTexts.sourceData(weights),
                "methods_and_models": RegisterTexts.methods,
                "provider": "Twentse Kracht (eigen ontwikkeling)",
                "lang": "nld",
                "standard_version": "1.0.0",
                "source_id": "koppel-\(employer.id)",
                "tags": "matching, vacatures, traineeplaatsing, uitwisseling, interne arbeidsmarkt, Twente",
            ]
            if let website { entry["website"] = website }
            if let since { entry["begin_date"] = since }
            let problems = RegisterStandard.v1.problems(entry)
            guard problems.isEmpty else {
                throw StoreError(.invalidInput, "the entry breaks publication standard 1.0.0:\n  " + problems.joined(separator: "\n  "))
            }
            let data = try JSONSerialization.data(withJSONObject: entry, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            let params = try DecisionLog.json(["organisation": employer.id, "weightsVersion": weights.version, "standard": "1.0.0"])
            let logID = try DecisionLog.append(
                NewDecision(kind: "register", actor: actor, viewer: viewer, input: data, weightsVersion: weights.version,
                            params: params, outcome: "{}", subjects: []),
                in: db)
            return RegisterEntry(json: String(decoding: data, as: UTF8.self) + "\n", logID: logID)
        }
    }
}
