/// A trainee and a placement, named by their ids.
///
/// Pairs name blocking pairs, forbidden pairs and the pairs of a matching:
///
/// ```swift
/// let pair = PlacementPair(trainee: "t1", placement: "p2")
/// print(pair)  // (t1, p2)
/// ```
///
/// Pairs order by trainee id, then placement id, both compared byte-wise (UTF-8).
public struct PlacementPair: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The trainee's id.
    public var trainee: String
    /// The placement's id.
    public var placement: String

    /// Creates a pair of a trainee and a placement.
    public init(trainee: String, placement: String) {
        self.trainee = trainee
        self.placement = placement
    }

    /// The pair as `(trainee, placement)`.
    public var description: String { "(\(trainee), \(placement))" }

    /// Orders by trainee id, then placement id, byte-wise.
    public static func < (lhs: PlacementPair, rhs: PlacementPair) -> Bool {
        if lhs.trainee != rhs.trainee { return PlacementIDOrder.precedes(lhs.trainee, rhs.trainee) }
        return PlacementIDOrder.precedes(lhs.placement, rhs.placement)
    }
}

/// The proposing side of deferred acceptance, which is also the side the result is optimal for.
///
/// `.trainee` gives the trainee-optimal stable matching (the NRMP variant, strategy-proof for
/// trainees); `.placement` gives the placement-optimal one.
public enum PlacementProposingSide: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Trainees propose; the result is the trainee-optimal stable matching.
    case trainee
    /// Placements propose; the result is the placement-optimal stable matching.
    case placement

    /// `trainee` or `placement`, as in the JSON output's `"optimal"` key.
    public var description: String { rawValue }
}

/// Byte-wise (UTF-8) ordering of ids, the one order used for every sorted list in this module.
enum PlacementIDOrder {
    /// Whether `a` sorts before `b` when both are compared as UTF-8 bytes.
    @inline(__always)
    static func precedes(_ a: String, _ b: String) -> Bool {
        PlacementIDTable.precedes(a, b)
    }

    /// `ids` sorted byte-wise.
    static func sorted(_ ids: some Sequence<String>) -> [String] {
        ids.sorted(by: precedes)
    }
}
