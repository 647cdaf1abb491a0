/// The inner loop of ``RankingIndex``'s fast path: scores one person from the index columns and
/// the query's gathered counts, with the same integer rules as ``RankingScorer``.
///
/// All inputs are plain values and pointers into storage that the caller keeps alive; the
/// struct holds no references, so the loop runs without reference counting or dynamic
/// exclusivity checks.
struct RankingScan {
    let include: Bool
    let hideAllDiscreet: Bool
    let asker: Int32

    let flags: UnsafeMutablePointer<UInt8>
    let employer: UnsafeMutablePointer<Int32>
    let scale: UnsafeMutablePointer<UInt8>
    let nlqf: UnsafeMutablePointer<Int8>
    let hoursLo: UnsafeMutablePointer<Int16>
    let hoursHi: UnsafeMutablePointer<Int16>
    let available: UnsafeMutablePointer<Int32>
    let limits: UnsafeMutablePointer<Int32>
    let xs: UnsafeMutablePointer<Double>
    let ys: UnsafeMutablePointer<Double>
    let zs: UnsafeMutablePointer<Double>
    let wishLo: UnsafeMutablePointer<UInt8>
    let wishHi: UnsafeMutablePointer<UInt8>
    let mustCounts: UnsafeMutablePointer<UInt8>?
    let credCounts: UnsafeMutablePointer<UInt8>?
    let domains: UnsafeMutablePointer<UInt8>?
    let wishes: UnsafeMutablePointer<UInt8>?
    let niceNumbers: UnsafeMutablePointer<Int32>?

    let mustN: Int
    let credN: Int
    let mustTable: UnsafePointer<Int>
    let credTable: UnsafePointer<Int>
    let domainTable: UnsafePointer<Int>
    let wishTable: UnsafePointer<Int>
    let scaleTable: UnsafePointer<Int>
    let levelWeight: Int
    let hoursWeight: Int
    let availabilityWeight: Int
    let commuteWeight: Int
    let niceWeight: Int
    let niceDenominator: Int
    let requiredLevel: Int8
    let hasHours: Bool
    let vHoursLo: Int16
    let vHoursHi: Int16
    let hasStart: Bool
    let start: Int
    let grace: Int
    let hasOffice: Bool
    let ox: Double
    let oy: Double
    let oz: Double
    let maxKm: Int
    let hasMaxKm: Bool
    let hasScale: Bool
    let vScaleLo: UInt8
    let vScaleHi: UInt8
    /// Points of the must-have skills when every scanned person holds them all.
    let mustFullPoints: Int
    /// Working level points and failure (0/1) by the person's NLQF (0 = no data).
    let levelTable: UnsafePointer<Int>
    let levelBad: UnsafePointer<UInt8>
    /// Availability points and failure by days late, clamped to 0 … grace + 1.
    let lateTable: UnsafePointer<Int>
    let lateBad: UnsafePointer<UInt8>
    let lateTableCovers: Bool
    /// The last slot of `lateTable` (grace + 1).
    let lateLast: Int
    /// `niceWeight / niceDenominator`, for an upper bound without dividing.
    let niceScale: Double
    /// The most that stage 2 and 3's columns can add: working level, scale, hours, availability
    /// and commute (those the vacancy states).
    let columnsMaximum: Int

    /// Visits the candidates (or everyone) and keeps the best in `top`.
    func run(candidates: [Int32]?, count: Int, top: inout RankingTopK) {
        // One call site, so that `visit` is inlined into this loop.
        let list = candidates ?? []
        let useList = candidates != nil
        let total = useList ? list.count : count
        list.withUnsafeBufferPointer { people in
            for i in 0..<total { visit(useList ? Int(people[i]) : i, &top) }
        }
    }

    @inline(__always)
    func visit(_ p: Int, _ top: inout RankingTopK) {
        let f = flags[p]
        if f & RankingIndexStorage.discreet != 0 && (hideAllDiscreet || employer[p] == asker) { return }

        // Stage 1: what the query gathered from posting lists (must-haves, domain, wishes, nice
        // skills), which separates people most. `bad` becomes 1 when a must-have fails.
        var score = mustFullPoints
        var bad: UInt8 = 0
        if let mustCounts {
            let held = Int(mustCounts[p])
            score = mustTable[held]
            bad |= held < mustN ? 1 : 0
        }
        if let credCounts {
            let valid = Int(credCounts[p])
            score &+= credTable[valid]
            bad |= valid < credN ? 1 : 0
        }
        if !include && bad != 0 { return }
        if let domains { score &+= domainTable[Int(domains[p])] }
        var met = Int((f & RankingIndexStorage.movesVacancy) >> 2)
        if let wishes {
            let bits = wishes[p]
            met &+= Int(bits & 1) &+ Int((bits >> 1) & 1)
        }
        var numerator = 0
        var niceUpper = 0
        if let niceNumbers {
            numerator = Int(niceNumbers[p])
            // At least the exact share (the +1 covers rounding of the product).
            niceUpper = numerator > 0 ? Int(Double(numerator) * niceScale) &+ 1 : 0
        }
        // Prune: even with full points on everything else, could this person enter the top?
        let bound1 = score &+ niceUpper &+ wishTable[met &+ (hasScale ? 1 : 0)] &+ columnsMaximum
        if !top.admits(RankingScanKey.make(eligible: bad == 0, score: bound1, person: p)) { return }

        // Stage 2: the person's columns, mostly without branches.
        let level = Int(UInt8(bitPattern: nlqf[p]))
        score &+= levelTable[level]
        bad |= levelBad[level]
        score &+= scaleTable[Int(scale[p])]
        if hasHours {
            let lo = hoursLo[p]
            let hi = hoursHi[p]
            let has: UInt8 = lo >= 0 ? 1 : 0
            let overlap: UInt8 = (lo <= vHoursHi ? 1 : 0) & (vHoursLo <= hi ? 1 : 0)
            score &+= Int(has & overlap) &* hoursWeight
            bad |= has & (overlap ^ 1)
        }
        if hasStart {
            let day = Int(available[p])
            let has = day != Int(RankingIndexStorage.noDay)
            let late = day &- start
            if lateTableCovers {
                let slot = Swift.max(0, Swift.min(late, lateLast))
                score &+= has ? lateTable[slot] : 0
                bad |= has ? lateBad[slot] : 0
            } else if has {
                if let points = RankingRules.availabilityPoints(weight: availabilityWeight, late: late, grace: grace) {
                    score &+= points
                } else {
                    bad = 1
                }
            }
        }
        if hasScale && f & RankingIndexStorage.hasWishScale != 0 && wishLo[p] <= vScaleHi && vScaleLo <= wishHi[p] {
            met &+= 1
        }
        score &+= wishTable[met]
        let hasDistance = hasOffice && f & RankingIndexStorage.hasHome != 0
        if hasMaxKm && !hasDistance { bad = 1 }
        let eligible = bad == 0
        if !eligible && !include { return }
        let bound2 = score &+ niceUpper &+ (hasDistance ? commuteWeight : 0)
        if !top.admits(RankingScanKey.make(eligible: eligible, score: bound2, person: p)) { return }

        // Stage 3: the exact nice-skill share and the distance, for the few that may still enter.
        if numerator > 0 { score &+= RankingRules.share(niceWeight, numerator, niceDenominator) }
        var stillEligible = eligible
        if hasDistance {
            let distance = RankingRules.distanceMetres(xs[p], ys[p], zs[p], ox, oy, oz)
            let limit = limits[p]
            if let points = RankingRules.commutePoints(
                weight: commuteWeight, distance: distance, limit: limit >= 0 ? Int(limit) : nil)
            {
                score &+= points
            } else {
                stillEligible = false
            }
            if distance > maxKm { stillEligible = false }
        }
        if !stillEligible && !include { return }
        let key = RankingScanKey.make(eligible: stillEligible, score: score, person: p)
        if top.admits(key) { top.insert(key) }
    }
}
