/// What an account of the service may do; its role alone decides the access policy's viewer.
public enum AccountRole: String, Codable, Sendable, CaseIterable {
    /// An HR adviser of one employer.
    case adviser
    /// A Twentse Kracht adviser: rounds, exchanges and the stand-in pool across employers.
    case regional
    /// One trainee: their coming rotation's placements and their own ranking.
    case trainee
    /// Reads the decision log, pseudonymised.
    case auditor
    /// The data steward: answers access requests and erases.
    case steward
    /// Manages accounts and nothing else.
    case admin
}
