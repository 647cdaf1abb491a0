import Foundation
import Koppel

/// An account of the service: who signs in, and as what.
public struct Account: Codable, Sendable, Equatable {
    public var id: String
    public var displayName: String
    public var role: AccountRole
    /// The employer of an adviser.
    public var employer: String?
    /// The trainee of a trainee account.
    public var trainee: String?
    public var disabled: Bool
    /// `nl` or `en`.
    public var language: String

    public init(
        id: String, displayName: String, role: AccountRole, employer: String? = nil, trainee: String? = nil,
        disabled: Bool = false, language: String = "nl"
    ) {
        self.id = id
        self.displayName = displayName
        self.role = role
        self.employer = employer
        self.trainee = trainee
        self.disabled = disabled
        self.language = language
    }
}
