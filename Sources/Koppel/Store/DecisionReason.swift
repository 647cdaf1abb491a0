import Foundation

/// The reason an adviser gives for a decision (accepting a proposal, or overriding one).
enum DecisionReason {
    /// The longest reason stored.
    static let maxLength = 500

    /// The reason trimmed, or `.invalidInput` when it is empty or too long.
    static func required(_ reason: String, for what: CatalogueText) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.invalidInput, text: "store.reasonNeeded", ["what": what]) }
        guard trimmed.count <= maxLength else {
            throw StoreError(.invalidInput, text: "store.reasonTooLong", ["count": trimmed.count, "max": maxLength])
        }
        return trimmed
    }
}
