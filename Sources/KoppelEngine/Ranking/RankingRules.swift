import Foundation

/// The integer rules both scoring paths share: the explaining scorer and the fast index scan
/// call these same functions on the same quantized inputs, so they agree to the hundredth.
///
/// Quantization: hours and years in tenths, distances in whole metres, relation strengths in
/// permille (at most 999, so a related skill never equals the exact one), dates as day ordinals.
enum RankingRules {
    /// Domain experience earns full points from 5 years (50 tenths).
    static let domainSaturationTenths = 50
    /// Without a stated maximum commute, distance is scored against 50 km.
    static let commuteReferenceMetres = 50_000
    static let exactCredit = 1000
    /// Largest day ordinal kept; keeps index columns in Int32.
    static let dayLimit = 100_000_000

    // MARK: Quantization

    /// A non-negative quantity in tenths (hours, years); nil when missing or not finite.
    @inline(__always)
    static func tenths(_ value: Double?, max: Double) -> Int? {
        guard let value, value.isFinite else { return nil }
        return Int((Swift.min(Swift.max(value, 0), max) * 10).rounded())
    }

    static func hoursTenths(_ value: Double?) -> Int? { tenths(value, max: 168) }
    static func yearsTenths(_ value: Double?) -> Int? { tenths(value, max: 100) }

    /// Kilometres to whole metres (0 … 20,000 km); nil when missing or not finite.
    static func metres(km: Double?) -> Int? {
        guard let km, km.isFinite else { return nil }
        return Int((Swift.min(Swift.max(km, 0), 20_000) * 1000).rounded())
    }

    /// A relation strength as permille, 0 … 999.
    static func permille(strength: Double) -> Int {
        guard strength.isFinite else { return 0 }
        return Swift.min(Swift.max(Int((strength * 1000).rounded()), 0), 999)
    }

    static func day(_ day: Day) -> Int { Swift.min(Swift.max(day.ordinal, -dayLimit), dayLimit) }

    /// NLQF 1–8, nil otherwise.
    static func nlqf(_ value: Int?) -> Int? {
        guard let value, (1...8).contains(value) else { return nil }
        return value
    }

    /// The person's acceptable hours in tenths: the wished range where stated, else the current hours.
    /// Only a minimum wished: from it up to the current hours (if higher); only a maximum: from the
    /// current hours (if lower) up to it.
    static func personHours(current: Double?, wishMin: Double?, wishMax: Double?) -> RankingRange? {
        let h = hoursTenths(current)
        switch (hoursTenths(wishMin), hoursTenths(wishMax)) {
        case (let lo?, let hi?): return RankingRange(Swift.min(lo, hi), Swift.max(lo, hi))
        case (let lo?, nil): return RankingRange(lo, Swift.max(lo, h ?? lo))
        case (nil, let hi?): return RankingRange(Swift.min(hi, h ?? hi), hi)
        case (nil, nil): return h.map { RankingRange($0, $0) }
        }
    }

    /// A min/max pair as a range; one end alone is a single value; nil when both are missing.
    static func range(_ a: Int?, _ b: Int?) -> RankingRange? {
        switch (a, b) {
        case (let lo?, let hi?): RankingRange(Swift.min(lo, hi), Swift.max(lo, hi))
        case (let lo?, nil): RankingRange(lo, lo)
        case (nil, let hi?): RankingRange(hi, hi)
        case (nil, nil): nil
        }
    }

    /// The wished scale range in half steps; an open end is unbounded. nil when no wish.
    static func wishScale(min: Scale?, max: Scale?) -> RankingRange? {
        switch (min?.halfSteps, max?.halfSteps) {
        case (let lo?, let hi?): RankingRange(Swift.min(lo, hi), Swift.max(lo, hi))
        case (let lo?, nil): RankingRange(lo, 127)
        case (nil, let hi?): RankingRange(0, hi)
        case (nil, nil): nil
        }
    }

    // MARK: Points

    /// `weight × numerator / denominator`, rounded down; 0 when the denominator is 0.
    @inline(__always)
    static func share(_ weight: Int, _ numerator: Int, _ denominator: Int) -> Int {
        denominator > 0 ? weight * numerator / denominator : 0
    }

    static func domainPoints(weight: Int, tenths: Int) -> Int {
        share(weight, Swift.min(tenths, domainSaturationTenths), domainSaturationTenths)
    }

    /// Availability: full when available by the start, a falling share within the grace period,
    /// nil (not eligible) after it. `late` is days after the start (≤ 0 when on time).
    @inline(__always)
    static func availabilityPoints(weight: Int, late: Int, grace: Int) -> Int? {
        if late <= 0 { return weight }
        if late > grace { return nil }
        return share(weight, grace + 1 - late, grace + 1)
    }

    /// Commute: full at 0 km, falling linearly to 0 at the limit; nil (not eligible) beyond it.
    /// Without a limit, scored against ``commuteReferenceMetres`` and never ineligible.
    @inline(__always)
    static func commutePoints(weight: Int, distance: Int, limit: Int?) -> Int? {
        if let limit {
            if distance > limit { return nil }
            return limit == 0 ? weight : share(weight, limit - distance, limit)
        }
        let reference = commuteReferenceMetres
        return share(weight, Swift.max(0, reference - distance), reference)
    }

    static func wishPoints(weight: Int, met: Int) -> Int { share(weight, met, 4) }

    // MARK: Geometry

    /// The Earth's radius for every distance koppel computes.
    static let earthRadiusKm = 6371.0

    /// A point on the unit sphere, so that a distance is a chord and one `asin`.
    static func unitVector(_ point: GeoPoint?) -> RankingUnitVector? {
        guard let point, point.latitude.isFinite, point.longitude.isFinite, abs(point.latitude) <= 90 else {
            return nil
        }
        let radians = Double.pi / 180
        let lat = point.latitude * radians
        let lon = point.longitude * radians
        let c = cos(lat)
        return RankingUnitVector(x: c * cos(lon), y: c * sin(lon), z: sin(lat))
    }

    /// Great-circle distance in whole metres between two unit vectors (the haversine distance,
    /// computed from the chord).
    @inline(__always)
    static func distanceMetres(_ ax: Double, _ ay: Double, _ az: Double, _ bx: Double, _ by: Double, _ bz: Double)
        -> Int
    {
        let dx = ax - bx
        let dy = ay - by
        let dz = az - bz
        let chord = (dx * dx + dy * dy + dz * dz).squareRoot()
        let km = 2 * earthRadiusKm * asin(Swift.min(1, chord / 2))
        return Int((km * 1000).rounded())
    }

    static func distanceMetres(_ a: RankingUnitVector, _ b: RankingUnitVector) -> Int {
        distanceMetres(a.x, a.y, a.z, b.x, b.y, b.z)
    }
}

/// A closed integer range (tenths of hours, scale half steps).
struct RankingRange: Hashable, Sendable {
    var lo: Int
    var hi: Int
    init(_ lo: Int, _ hi: Int) {
        self.lo = lo
        self.hi = hi
    }

    @inline(__always)
    func overlaps(_ other: RankingRange) -> Bool { lo <= other.hi && other.lo <= hi }
}

struct RankingUnitVector: Hashable, Sendable {
    var x: Double
    var y: Double
    var z: Double
}

/// How a person's scale relates to a vacancy's scale range.
enum RankingScaleFit: Hashable, Sendable {
    case within
    /// At most one whole scale up (10 → 10A or 11): a career move.
    case stepUp
    /// Up to two scales up.
    case twoUp
    case farAbove
    case stepDown
    case twoDown
    /// More than two scales below the person's current scale.
    case farBelow

    init(person: Int, vacancy: RankingRange) {
        if person < vacancy.lo {
            let up = vacancy.lo - person
            self = up <= 2 ? .stepUp : up <= 4 ? .twoUp : .farAbove
        } else if person > vacancy.hi {
            let down = person - vacancy.hi
            self = down <= 2 ? .stepDown : down <= 4 ? .twoDown : .farBelow
        } else {
            self = .within
        }
    }

    var permille: Int {
        switch self {
        case .within: 1000
        case .stepUp: 800
        case .twoUp: 400
        case .farAbove: 0
        case .stepDown: 600
        case .twoDown: 300
        case .farBelow: 0
        }
    }

    func points(weight: Int) -> Int { RankingRules.share(weight, permille, 1000) }
}
