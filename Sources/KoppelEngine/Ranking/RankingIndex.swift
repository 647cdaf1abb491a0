/// A ranking index over many profiles, built once, that ranks one vacancy over a million
/// profiles in tens of milliseconds.
///
/// ```swift
/// let index = try RankingIndex(people: people, catalog: catalog)
/// let shortlist = index.rankPeople(for: vacancy, on: Day("2026-05-01")!, viewer: .adviser(employer: "ENS"))
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
/// The result is exactly the one ``RankingEngine/rankPeople(for:among:catalog:on:viewer:options:weights:language:)``
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

        // Per person, the same reduction as ``RankingPersonFacts`` (which the explaining scorer
        // reads), computed without building its sets and dictionaries: duplicates merge the
        // same way (a skill once, a domain with its most years, a credential with its latest
        // expiry), on small arrays of interned ids.
        var skillIds: [Int32] = []
        var domainEntries: [(id: Int32, tenths: Int)] = []
        var wishIds: [Int32] = []
        var credentialEntries: [(id: Int32, expiry: Int)] = []
        for index in 0..<n {
            let person = people[Int(order[index])]
            let p = Int32(index)
            let employerId = internEmployer(person.employer)
            employer[index] = employerId
            employerPeople[Int(employerId)].append(p)

            scale[index] = UInt8(person.scale?.halfSteps ?? 0)
            nlqf[index] = Int8(RankingRules.nlqf(person.nlqf) ?? 0)
            if let hours = RankingRules.personHours(
                current: person.hoursPerWeek, wishMin: person.wishes.hoursMin, wishMax: person.wishes.hoursMax)
            {
                hoursLo[index] = Int16(hours.lo)
                hoursHi[index] = Int16(hours.hi)
            }
            if let day = person.availableFrom.map(RankingRules.day) { available[index] = Int32(day) }
            if let limit = RankingRules.metres(km: person.maxCommuteKm) { maxCommute[index] = Int32(limit) }
            var bits: UInt8 = 0
            if person.visibility == .discreet { bits |= Self.discreet }
            if let home = RankingRules.unitVector(person.home) {
                bits |= Self.hasHome
                x[index] = home.x
                y[index] = home.y
                z[index] = home.z
            }
            if person.wishes.moves.contains(.vacancy) { bits |= Self.movesVacancy }
            if let wish = RankingRules.wishScale(min: person.wishes.scaleMin, max: person.wishes.scaleMax) {
                bits |= Self.hasWishScale
                wishScaleLo[index] = UInt8(wish.lo)
                wishScaleHi[index] = UInt8(wish.hi)
            }
            flags[index] = bits

            skillIds.removeAll(keepingCapacity: true)
            for skill in person.skills {
                let id = internSkill(skill.skill)
                if !skillIds.contains(id) { skillIds.append(id) }
            }
            for id in skillIds { skillPostings[Int(id)].append(p) }

            domainEntries.removeAll(keepingCapacity: true)
            for entry in person.domains {
                let id = internDomain(entry.domain)
                let tenths = RankingRules.yearsTenths(entry.years) ?? 0
                if let at = domainEntries.firstIndex(where: { $0.id == id }) {
                    domainEntries[at].tenths = Swift.max(domainEntries[at].tenths, tenths)
                } else {
                    domainEntries.append((id, tenths))
                }
            }
            for (id, tenths) in domainEntries {
                domainPeople[Int(id)].append(p)
                domainTenths[Int(id)].append(UInt8(Swift.min(tenths, RankingRules.domainSaturationTenths)))
            }
            wishIds.removeAll(keepingCapacity: true)
            for domain in person.wishes.domains {
                let id = internDomain(domain)
                if !wishIds.contains(id) { wishIds.append(id) }
            }
            for id in wishIds { wishDomainPeople[Int(id)].append(p) }
            wishIds.removeAll(keepingCapacity: true)
            for wished in person.wishes.employers {
                let id = internEmployer(wished)
                if !wishIds.contains(id) { wishIds.append(id) }
            }
            for id in wishIds { wishEmployerPeople[Int(id)].append(p) }
            credentialEntries.removeAll(keepingCapacity: true)
            for credential in person.credentials {
                let id = internCredential(credential.code)
                let expiry = credential.expires.map(RankingRules.day) ?? Int.max
                if let at = credentialEntries.firstIndex(where: { $0.id == id }) {
                    credentialEntries[at].expiry = Swift.max(credentialEntries[at].expiry, expiry)
                } else {
                    credentialEntries.append((id, expiry))
                }
            }
            for (id, expiry) in credentialEntries {
                credentialPeople[Int(id)].append(p)
                credentialExpiry[Int(id)].append(expiry == Int.max ? Self.neverExpires : Int32(expiry))
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
