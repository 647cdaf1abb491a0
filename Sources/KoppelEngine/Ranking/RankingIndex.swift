/// A ranking index over many profiles, built once, that ranks one vacancy over a million
/// profiles in tens of milliseconds.
///
/// ```swift
/// let index = try RankingIndex(people: people, catalog: catalog)
/// let shortlist = index.rankPeople(for: vacancy, on: Day("2026-05-01")!, asEmployer: "ENS")
/// ```
///
/// Layout (struct of arrays): people get dense indices in id order; skills, domains,
/// credentials and employers are interned to small integers; each skill has a sorted posting
/// list of the people who hold it; each person has compact columns (scale in half steps, hours
/// range in tenths, NLQF, home as a unit vector, maximum commute in metres, available-from
/// ordinal, employer index, flags). A query intersects the must-have skills' posting lists
/// (smallest first) or scans everyone, scores with integer arithmetic over the columns, keeps a
/// bounded heap of the best `limit`, and builds the explanation only for those.
///
/// The result is exactly the one ``RankingEngine/rankPeople(for:among:catalog:on:asEmployer:options:weights:)``
/// returns for the same people: same ids, scores, eligibility, order and explanations.
public struct RankingIndex: Sendable {
    let storage: RankingIndexStorage

    /// Builds the index; throws ``RankingError/Code/duplicateId`` when two people share an id.
    public init(people: [Person], catalog: Catalog) throws(RankingError) {
        let order = people.indices.sorted { people[$0].id < people[$1].id }
        for i in order.indices.dropFirst() where people[order[i]].id == people[order[i - 1]].id {
            throw RankingError(
                code: .duplicateId, message: "the person id '\(people[order[i]].id)' appears more than once")
        }
        storage = RankingIndexStorage(
            people: people, order: order.map { Int32($0) }, taxonomy: RankingTaxonomy(catalog))
    }

    /// The number of profiles.
    public var count: Int { storage.count }

    /// The profiles in id order (a new array).
    public var people: [Person] { (0..<storage.count).map(storage.person(at:)) }

    /// The profile with this id, if indexed.
    public func person(id: String) -> Person? {
        var lo = 0
        var hi = storage.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if storage.person(at: mid).id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < storage.count && storage.person(at: lo).id == id ? storage.person(at: lo) : nil
    }

    /// Approximate bytes held by the index's own columns and posting lists (the `Person`
    /// values it keeps for explanations are not counted).
    public var approximateBytes: Int { storage.approximateBytes }
}

/// An owned, fixed-size, never-resized buffer of plain values.
final class RankingColumn<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, repeating value: Element) {
        self.count = count
        pointer = .allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: value, count: Swift.max(count, 1))
    }

    deinit {
        pointer.deinitialize(count: Swift.max(count, 1))
        pointer.deallocate()
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { pointer[index] }
        set { pointer[index] = newValue }
    }

    var bytes: Int { count * MemoryLayout<Element>.stride }
}

/// The index's immutable storage, shared by copies of ``RankingIndex``.
final class RankingIndexStorage: @unchecked Sendable {
    // Flag bits of `flags`.
    static let discreet: UInt8 = 1
    static let hasHome: UInt8 = 2
    static let movesVacancy: UInt8 = 4
    static let hasWishScale: UInt8 = 8

    static let noHours: Int16 = -1
    static let noDay = Int32.min
    static let noLimit: Int32 = -1
    static let neverExpires = Int32.max

    /// The profiles as given (shared with the caller's array, not copied) and, for each dense
    /// index, the position of that profile in it; dense indices follow id order.
    let source: [Person]
    let order: [Int32]
    let count: Int
    let taxonomy: RankingTaxonomy
    let scratchPool = RankingScratchPool()

    @inline(__always)
    func person(at index: Int) -> Person { source[Int(order[index])] }

    let skillIndex: [String: Int32]
    let skillPostings: [[Int32]]
    /// Related skills by interned id, strongest first (same order as the taxonomy).
    let skillNeighbors: [[(skill: Int32, permille: Int32)]]

    let domainIndex: [String: Int32]
    let domainPeople: [[Int32]]
    /// Tenths of years, saturated at ``RankingRules/domainSaturationTenths``.
    let domainTenths: [[UInt8]]
    let wishDomainPeople: [[Int32]]

    let employerIndex: [String: Int32]
    let employerPeople: [[Int32]]
    let wishEmployerPeople: [[Int32]]

    let credentialIndex: [String: Int32]
    let credentialPeople: [[Int32]]
    let credentialExpiry: [[Int32]]

    let employer: RankingColumn<Int32>
    let scale: RankingColumn<UInt8>
    let nlqf: RankingColumn<Int8>
    let hoursLo: RankingColumn<Int16>
    let hoursHi: RankingColumn<Int16>
    let available: RankingColumn<Int32>
    let maxCommute: RankingColumn<Int32>
    let x: RankingColumn<Double>
    let y: RankingColumn<Double>
    let z: RankingColumn<Double>
    let flags: RankingColumn<UInt8>
    let wishScaleLo: RankingColumn<UInt8>
    let wishScaleHi: RankingColumn<UInt8>

    init(people: [Person], order: [Int32], taxonomy: RankingTaxonomy) {
        source = people
        self.order = order
        self.taxonomy = taxonomy
        let n = people.count
        count = n

        // Interning: taxonomy skills first (sorted), then whatever profiles mention.
        var skillIndex: [String: Int32] = [:]
        var skillPostings: [[Int32]] = []
        func internSkill(_ id: String) -> Int32 {
            if let found = skillIndex[id] { return found }
            let next = Int32(skillPostings.count)
            skillIndex[id] = next
            skillPostings.append([])
            return next
        }
        for id in taxonomy.skillLabels.keys.sorted() { _ = internSkill(id) }
        for id in taxonomy.neighbors.keys.sorted() { _ = internSkill(id) }

        var domainIndex: [String: Int32] = [:]
        var domainPeople: [[Int32]] = []
        var domainTenths: [[UInt8]] = []
        var wishDomainPeople: [[Int32]] = []
        func internDomain(_ id: String) -> Int32 {
            if let found = domainIndex[id] { return found }
            let next = Int32(domainPeople.count)
            domainIndex[id] = next
            domainPeople.append([])
            domainTenths.append([])
            wishDomainPeople.append([])
            return next
        }

        var employerIndex: [String: Int32] = [:]
        var employerPeople: [[Int32]] = []
        var wishEmployerPeople: [[Int32]] = []
        func internEmployer(_ id: String) -> Int32 {
            if let found = employerIndex[id] { return found }
            let next = Int32(employerPeople.count)
            employerIndex[id] = next
            employerPeople.append([])
            wishEmployerPeople.append([])
            return next
        }

        var credentialIndex: [String: Int32] = [:]
        var credentialPeople: [[Int32]] = []
        var credentialExpiry: [[Int32]] = []
        func internCredential(_ id: String) -> Int32 {
            if let found = credentialIndex[id] { return found }
            let next = Int32(credentialPeople.count)
            credentialIndex[id] = next
            credentialPeople.append([])
            credentialExpiry.append([])
            return next
        }

        employer = RankingColumn(count: n, repeating: -1)
        scale = RankingColumn(count: n, repeating: 0)
        nlqf = RankingColumn(count: n, repeating: 0)
        hoursLo = RankingColumn(count: n, repeating: Self.noHours)
        hoursHi = RankingColumn(count: n, repeating: Self.noHours)
        available = RankingColumn(count: n, repeating: Self.noDay)
        maxCommute = RankingColumn(count: n, repeating: Self.noLimit)
        x = RankingColumn(count: n, repeating: 0)
        y = RankingColumn(count: n, repeating: 0)
        z = RankingColumn(count: n, repeating: 0)
        flags = RankingColumn(count: n, repeating: 0)
        wishScaleLo = RankingColumn(count: n, repeating: 0)
        wishScaleHi = RankingColumn(count: n, repeating: 0)

        var skillIds: [Int32] = []
        for index in 0..<n {
            let person = people[Int(order[index])]
            let p = Int32(index)
            // The same reduction the explaining scorer reads.
            let facts = RankingPersonFacts(person)
            let employerId = internEmployer(facts.employer)
            employer[index] = employerId
            employerPeople[Int(employerId)].append(p)

            scale[index] = UInt8(facts.scale ?? 0)
            nlqf[index] = Int8(facts.nlqf ?? 0)
            if let hours = facts.hours {
                hoursLo[index] = Int16(hours.lo)
                hoursHi[index] = Int16(hours.hi)
            }
            if let day = facts.availableFrom { available[index] = Int32(day) }
            if let limit = facts.maxCommute { maxCommute[index] = Int32(limit) }
            var bits: UInt8 = 0
            if facts.discreet { bits |= Self.discreet }
            if let home = facts.home {
                bits |= Self.hasHome
                x[index] = home.x
                y[index] = home.y
                z[index] = home.z
            }
            if facts.movesVacancy { bits |= Self.movesVacancy }
            if let wish = facts.wishScale {
                bits |= Self.hasWishScale
                wishScaleLo[index] = UInt8(wish.lo)
                wishScaleHi[index] = UInt8(wish.hi)
            }
            flags[index] = bits

            skillIds.removeAll(keepingCapacity: true)
            for skill in facts.skills { skillIds.append(internSkill(skill)) }
            for id in skillIds { skillPostings[Int(id)].append(p) }

            for (domain, tenths) in facts.domains {
                let id = Int(internDomain(domain))
                domainPeople[id].append(p)
                domainTenths[id].append(UInt8(Swift.min(tenths, RankingRules.domainSaturationTenths)))
            }
            for domain in facts.wishDomains { wishDomainPeople[Int(internDomain(domain))].append(p) }
            for wished in facts.wishEmployers { wishEmployerPeople[Int(internEmployer(wished))].append(p) }
            for (code, expiry) in facts.credentials {
                let id = Int(internCredential(code))
                credentialPeople[id].append(p)
                credentialExpiry[id].append(expiry == Int.max ? Self.neverExpires : Int32(expiry))
            }
        }

        self.skillIndex = skillIndex
        self.skillPostings = skillPostings
        var neighbors: [[(skill: Int32, permille: Int32)]] = Array(repeating: [], count: skillPostings.count)
        for (skill, links) in taxonomy.neighbors {
            neighbors[Int(skillIndex[skill]!)] = links.map { (skillIndex[$0.skill]!, Int32($0.permille)) }
        }
        skillNeighbors = neighbors
        self.domainIndex = domainIndex
        self.domainPeople = domainPeople
        self.domainTenths = domainTenths
        self.wishDomainPeople = wishDomainPeople
        self.employerIndex = employerIndex
        self.employerPeople = employerPeople
        self.wishEmployerPeople = wishEmployerPeople
        self.credentialIndex = credentialIndex
        self.credentialPeople = credentialPeople
        self.credentialExpiry = credentialExpiry
    }

    var approximateBytes: Int {
        let columns = [
            employer.bytes, scale.bytes, nlqf.bytes, hoursLo.bytes, hoursHi.bytes, available.bytes, maxCommute.bytes,
            x.bytes, y.bytes, z.bytes, flags.bytes, wishScaleLo.bytes, wishScaleHi.bytes,
        ].reduce(0, +)
        func lists(_ l: [[Int32]]) -> Int { l.reduce(0) { $0 + $1.capacity * 4 + 32 } }
        return columns + lists(skillPostings) + lists(domainPeople) + domainTenths.reduce(0) { $0 + $1.capacity + 32 }
            + lists(wishDomainPeople) + lists(employerPeople) + lists(wishEmployerPeople) + lists(credentialPeople)
            + lists(credentialExpiry)
    }
}
