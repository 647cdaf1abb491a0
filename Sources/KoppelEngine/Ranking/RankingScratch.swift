import Foundation

/// Per-person counters a query gathers from posting lists, one byte or word per person.
///
/// Allocating and zeroing millions of entries per query costs more than the scan itself, so
/// the buffers are pooled: between queries every entry is zero, and a query clears exactly the
/// entries its posting lists touched.
final class RankingScratch: @unchecked Sendable {
    let mustCount: RankingColumn<UInt8>
    let credCount: RankingColumn<UInt8>
    let domainTenths: RankingColumn<UInt8>
    let wishBits: RankingColumn<UInt8>
    let niceNumerator: RankingColumn<Int32>
    let stamp: RankingColumn<UInt16>

    init(count: Int) {
        mustCount = RankingColumn(count: count, repeating: 0)
        credCount = RankingColumn(count: count, repeating: 0)
        domainTenths = RankingColumn(count: count, repeating: 0)
        wishBits = RankingColumn(count: count, repeating: 0)
        niceNumerator = RankingColumn(count: count, repeating: 0)
        stamp = RankingColumn(count: count, repeating: 0)
    }
}

/// Scratch buffers waiting for the next query; concurrent queries each take their own.
final class RankingScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [RankingScratch] = []

    func take(count: Int) -> RankingScratch {
        lock.lock()
        let scratch = free.popLast()
        lock.unlock()
        return scratch ?? RankingScratch(count: count)
    }

    func give(_ scratch: RankingScratch) {
        lock.lock()
        if free.count < 4 { free.append(scratch) }
        lock.unlock()
    }
}

/// Gathers a vacancy's per-person counts into scratch buffers, and clears them afterwards.
struct RankingGathered {
    private(set) var mustCounts = false
    private(set) var credCounts = false
    private(set) var domainTenths = false
    private(set) var wishBits = false
    private(set) var niceNumerators = false

    private let mustSkills: [Int32]
    private let credentials: [Int32]
    private let domain: Int32?
    private let employer: Int32?
    /// Nice skills by interned id with their relative weights.
    private let nice: [(skill: Int32, weight: Int)]

    init(
        _ v: RankingVacancyFacts, storage s: RankingIndexStorage, scratch: RankingScratch, referenceDay: Int,
        include: Bool
    ) {
        mustSkills = include ? v.mustSkills.compactMap { s.skillIndex[$0] } : []
        credentials = v.mustCredentials.compactMap { s.credentialIndex[$0] }
        domain = v.domain.flatMap { s.domainIndex[$0] }
        employer = s.employerIndex[v.employer]
        nice = v.nice.compactMap { entry in s.skillIndex[entry.skill].map { ($0, entry.weight) } }

        // Must-have skills held (only when ineligible people are wanted; otherwise the
        // candidates are the posting lists' intersection and hold them all).
        if include && !v.mustSkills.isEmpty {
            mustCounts = true
            let counts = scratch.mustCount.pointer
            for id in mustSkills {
                for p in s.skillPostings[Int(id)] { counts[Int(p)] &+= 1 }
            }
        }

        // Required credentials valid on the reference day.
        if !v.mustCredentials.isEmpty {
            credCounts = true
            let counts = scratch.credCount.pointer
            let reference = Int32(referenceDay)
            for id in credentials {
                let people = s.credentialPeople[Int(id)]
                let expiry = s.credentialExpiry[Int(id)]
                for i in people.indices where expiry[i] >= reference { counts[Int(people[i])] &+= 1 }
            }
        }

        // Years in the vacancy's domain; wishes: bit 0 = domain wished, bit 1 = employer wished.
        if let domain {
            let people = s.domainPeople[Int(domain)]
            if !people.isEmpty {
                domainTenths = true
                let tenths = scratch.domainTenths.pointer
                let values = s.domainTenths[Int(domain)]
                for i in people.indices { tenths[Int(people[i])] = values[i] }
            }
            let wishing = s.wishDomainPeople[Int(domain)]
            if !wishing.isEmpty {
                wishBits = true
                let bits = scratch.wishBits.pointer
                for p in wishing { bits[Int(p)] |= 1 }
            }
        }
        if let employer {
            let wishing = s.wishEmployerPeople[Int(employer)]
            if !wishing.isEmpty {
                wishBits = true
                let bits = scratch.wishBits.pointer
                for p in wishing { bits[Int(p)] |= 2 }
            }
        }

        // Nice-to-have skills: per person the sum of weight × credit, where credit is 1000 for the
        // exact skill, else the strongest related skill held (each nice skill counted once).
        if !v.nice.isEmpty {
            niceNumerators = true
            let numerator = scratch.niceNumerator.pointer
            let marks = scratch.stamp.pointer
            for (i, entry) in nice.enumerated() {
                let exact = Int32(entry.weight * RankingRules.exactCredit)
                let neighbors = s.skillNeighbors[Int(entry.skill)]
                if neighbors.isEmpty {
                    for p in s.skillPostings[Int(entry.skill)] { numerator[Int(p)] &+= exact }
                    continue
                }
                let tag = UInt16(i + 1)
                for p in s.skillPostings[Int(entry.skill)] {
                    marks[Int(p)] = tag
                    numerator[Int(p)] &+= exact
                }
                for link in neighbors {
                    let credit = Int32(entry.weight) * link.permille
                    for p in s.skillPostings[Int(link.skill)] where marks[Int(p)] != tag {
                        marks[Int(p)] = tag
                        numerator[Int(p)] &+= credit
                    }
                }
            }
        }
    }

    /// Sets every entry this query touched back to zero.
    func clear(storage s: RankingIndexStorage, scratch: RankingScratch) {
        if mustCounts {
            for id in mustSkills {
                for p in s.skillPostings[Int(id)] { scratch.mustCount[Int(p)] = 0 }
            }
        }
        if credCounts {
            for id in credentials {
                for p in s.credentialPeople[Int(id)] { scratch.credCount[Int(p)] = 0 }
            }
        }
        if let domain {
            for p in s.domainPeople[Int(domain)] { scratch.domainTenths[Int(p)] = 0 }
            for p in s.wishDomainPeople[Int(domain)] { scratch.wishBits[Int(p)] = 0 }
        }
        if let employer {
            for p in s.wishEmployerPeople[Int(employer)] { scratch.wishBits[Int(p)] = 0 }
        }
        if niceNumerators {
            for entry in nice {
                for p in s.skillPostings[Int(entry.skill)] {
                    scratch.niceNumerator[Int(p)] = 0
                    scratch.stamp[Int(p)] = 0
                }
                for link in s.skillNeighbors[Int(entry.skill)] {
                    for p in s.skillPostings[Int(link.skill)] {
                        scratch.niceNumerator[Int(p)] = 0
                        scratch.stamp[Int(p)] = 0
                    }
                }
            }
        }
    }
}
