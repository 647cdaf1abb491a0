import Foundation

/// The reason an adviser gives for a decision (accepting a proposal, or overriding one).
enum DecisionReason {
    /// The longest reason stored.
    static let maxLength = 500

    /// The reason trimmed, or `.invalidInput` when it is empty or too long.
    static func required(_ reason: String, for what: String) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.invalidInput, "\(what) needs a reason (--reason TEXT): who decided, and why") }
        guard trimmed.count <= maxLength else {
            throw StoreError(.invalidInput, "the reason has \(trimmed.count) characters; at most \(maxLength)")
        }
        return trimmed
    }
}
