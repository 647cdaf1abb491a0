/// The validated, dense (integer-indexed) form of a ``PlacementInstance``.
///
/// Trainees and placements are numbered in byte-wise id order. Lists are stored in CSR form
/// (one flat array plus start offsets). Only acceptable pairs survive into the `acc…` arrays,
/// which are all the solver and the checker need:
///
/// - `accTraineePlacement[e]` for `e` in `accTraineeRange(t)`: trainee t's acceptable
///   placements in t's order; `accTraineeRankAtPlacement[e]` is t's position in that
///   placement's acceptable ranking; `accTraineeChoice[e]` is the 0-based position in t's
///   submitted list (for "1st choice" reporting).
/// - `accPlacementTrainee[f]` for `f` in `accPlacementRange(p)`: p's acceptable trainees in p's
///   order; `accPlacementRankAtTrainee[f]` is p's position in that trainee's acceptable list.
final class PlacementCore: Sendable {
    let trainees: [PlacementInstance.Trainee]
    let placements: [PlacementInstance.Placement]
    let forbidden: Set<PlacementPair>
    let traineeIndex: PlacementIDTable
    let placementIndex: PlacementIDTable
    let capacity: [Int]

    let accTraineeStart: [Int]
    let accTraineePlacement: [Int32]
    let accTraineeRankAtPlacement: [Int32]
    let accTraineeChoice: [Int32]

    let accPlacementStart: [Int]
    let accPlacementTrainee: [Int32]
    let accPlacementRankAtTrainee: [Int32]

    let warnings: [PlacementWarning]

    var traineeCount: Int { trainees.count }
    var placementCount: Int { placements.count }

    @inline(__always)
    func accTraineeRange(_ t: Int) -> Range<Int> { accTraineeStart[t]..<accTraineeStart[t + 1] }

    @inline(__always)
    func accPlacementRange(_ p: Int) -> Range<Int> {
        accPlacementStart[p]..<accPlacementStart[p + 1]
    }

    /// The flat index `e` of `placement` in trainee `t`'s acceptable list, if acceptable.
    func acceptablePosition(trainee t: Int, placement p: Int32) -> Int? {
        for e in accTraineeRange(t) where accTraineePlacement[e] == p { return e }
        return nil
    }

    /// States of a trainee-list entry while the instance is being built. A state ≥ 0 means
    /// acceptable, and is the pair's flat index in `accPlacementTrainee`.
    private enum EntryState {
        /// The placement does not rank the trainee (so far).
        static let unseen: Int32 = -1
        /// Forbidden, and not (so far) ranked back.
        static let forbiddenUnseen: Int32 = -2
        /// Forbidden, and ranked back (already warned about).
        static let forbiddenMutual: Int32 = -3
    }

    /// A slot of the small per-placement hash table of its applicants.
    private struct ApplicantSlot {
        var hash: UInt64 = 0
        /// The applicant's id, copied in so that checking a match stays in cache.
        var id = ""
        var ascii = false
        var trainee: Int32 = 0
        /// The applicant's entry index in the trainees' flat lists.
        var entry: Int32 = 0
        /// Position in the placement's ranking where the applicant was seen, or -1.
        var seenAt: Int32 = -1
        /// The placement this slot currently belongs to (-1: never used).
        var owner: Int32 = -1
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    init(
        trainees traineesIn: [PlacementInstance.Trainee],
        placements placementsIn: [PlacementInstance.Placement],
        forbidden: Set<PlacementPair>
    ) throws(PlacementInputError) {
        precondition(
            traineesIn.count < Int(Int32.max) && placementsIn.count < Int(Int32.max),
            "PlacementInstance supports fewer than 2^31 trainees and placements")
        // Sorting is skipped when the input is already in byte-wise order (e.g. from JSON or
        // from SQLite's ORDER BY id, whose BINARY collation is the same order).
        let trainees = Self.sortedByID(traineesIn, id: \.id)
        let placements = Self.sortedByID(placementsIn, id: \.id)
        let traineeCount = trainees.count
        let placementCount = placements.count

        // 1. Ids.
        if trainees.first?.id.isEmpty == true {
            throw PlacementInputError(
                code: .emptyID, path: "trainees",
                description: "A trainee has an empty id (trainees); every id needs at least one character.")
        }
        if placements.first?.id.isEmpty == true {
            throw PlacementInputError(
                code: .emptyID, path: "placements",
                description: "A placement has an empty id (placements); every id needs at least one character.")
        }
        let (traineeIndex, traineeHash, traineeDuplicate) = PlacementIDTable.make(trainees.map(\.id))
        if let index = traineeDuplicate {
            let id = trainees[index].id
            throw PlacementInputError(
                code: .duplicateID, path: "trainees.\(id)",
                description: "There are two trainees with id \(id) (trainees.\(id)); each trainee must appear once.")
        }
        let (placementIndex, _, placementDuplicate) = PlacementIDTable.make(placements.map(\.id))
        if let index = placementDuplicate {
            let id = placements[index].id
            throw PlacementInputError(
                code: .duplicateID, path: "placements.\(id)",
                description:
                    "There are two placements with id \(id) (placements.\(id)); each placement must appear once.")
        }

        // 2. Trainee lists → dense, checking unknown ids and duplicates.
        var listStart = [Int]()
        listStart.reserveCapacity(traineeCount + 1)
        listStart.append(0)
        var listPlacement = [Int32]()
        listPlacement.reserveCapacity(trainees.reduce(0) { $0 + $1.ranking.count })
        do {
            var seenBy = [Int32](repeating: -1, count: placementCount)
            var seenAt = [Int32](repeating: 0, count: placementCount)
            for (t, trainee) in trainees.enumerated() {
                for (k, placementID) in trainee.ranking.enumerated() {
                    guard let p = placementIndex.index(of: placementID) else {
                        throw PlacementInputError(
                            code: .unknownID, path: "trainees.\(trainee.id)[\(k)]",
                            description:
                                "Trainee \(trainee.id) lists placement \(placementID) (trainees.\(trainee.id)[\(k)]), but there is no placement \(placementID)."
                        )
                    }
                    if seenBy[Int(p)] == Int32(t) {
                        throw PlacementInputError(
                            code: .duplicateInList, path: "trainees.\(trainee.id)[\(k)]",
                            description:
                                "Trainee \(trainee.id) lists placement \(placementID) twice (trainees.\(trainee.id)[\(seenAt[Int(p)])] and trainees.\(trainee.id)[\(k)]); a list must name each placement once."
                        )
                    }
                    seenBy[Int(p)] = Int32(t)
                    seenAt[Int(p)] = Int32(k)
                    listPlacement.append(p)
                }
                listStart.append(listPlacement.count)
            }
        }
        let entryCount = listPlacement.count
        // Scratch buffers of this initializer; raw pointers keep the hot loops free of
        // bounds and uniqueness checks.
        let listState = UnsafeMutableBufferPointer<Int32>.allocate(capacity: entryCount)
        listState.initialize(repeating: EntryState.unseen)
        defer { listState.deallocate() }

        // 3. Forbidden pairs → marks on the trainees' entries. Sorted pairs come grouped by
        //    trainee (indices follow byte-wise id order), so each list is scanned once.
        if !forbidden.isEmpty {
            var resolved = [(t: Int32, p: Int32)]()
            resolved.reserveCapacity(forbidden.count)
            for pair in forbidden.sorted() {
                guard let t = traineeIndex.index(of: pair.trainee) else {
                    throw PlacementInputError(
                        code: .unknownID, path: "forbidden.\(pair.trainee)",
                        description:
                            "The forbidden pair \(pair) names trainee \(pair.trainee) (forbidden.\(pair.trainee)), but there is no trainee \(pair.trainee)."
                    )
                }
                guard let p = placementIndex.index(of: pair.placement) else {
                    throw PlacementInputError(
                        code: .unknownID, path: "forbidden.\(pair.trainee)",
                        description:
                            "The forbidden pair \(pair) names placement \(pair.placement) (forbidden.\(pair.trainee)), but there is no placement \(pair.placement)."
                    )
                }
                resolved.append((t, p))
            }
            var mark = [Int32](repeating: -1, count: placementCount)
            var i = 0
            while i < resolved.count {
                let t = resolved[i].t
                while i < resolved.count && resolved[i].t == t {
                    mark[Int(resolved[i].p)] = t
                    i += 1
                }
                for e in listStart[Int(t)]..<listStart[Int(t) + 1] where mark[Int(listPlacement[e])] == t {
                    listState[e] = EntryState.forbiddenUnseen
                }
            }
        }

        // 4. Applicants per placement (the trainee lists inverted), by counting sort.
        var applicantStart = [Int](repeating: 0, count: placementCount + 1)
        for p in listPlacement { applicantStart[Int(p) + 1] += 1 }
        var maxApplicants = 0
        for p in 0..<placementCount {
            maxApplicants = max(maxApplicants, applicantStart[p + 1])
            applicantStart[p + 1] += applicantStart[p]
        }
        var applicantTrainee = [Int32](repeating: 0, count: entryCount)
        var applicantEntry = [Int32](repeating: 0, count: entryCount)
        do {
            var fill = applicantStart
            for t in 0..<traineeCount {
                for e in listStart[t]..<listStart[t + 1] {
                    let p = Int(listPlacement[e])
                    applicantTrainee[fill[p]] = Int32(t)
                    // A forbidden pair's entry is stored complemented (negative).
                    applicantEntry[fill[p]] = listState[e] == EntryState.forbiddenUnseen ? ~Int32(e) : Int32(e)
                    fill[p] += 1
                }
            }
        }

        // 5. Placements: capacities, rankings, and the mutual check. Each ranking entry is
        //    looked up first among the placement's own applicants (a small hash table that
        //    stays in cache and gives the matching list entry directly), and only otherwise
        //    among all trainees, to tell a one-sided ranking from an unknown id.
        var capacity = [Int]()
        capacity.reserveCapacity(placementCount)
        var accPlacementStart = [Int]()
        accPlacementStart.reserveCapacity(placementCount + 1)
        accPlacementStart.append(0)
        var accPlacementTrainee = [Int32]()
        accPlacementTrainee.reserveCapacity(entryCount)
        var rawWarnings = [(t: Int32, p: Int32, code: UInt8)]()
        do {
            var tableSize = 2
            while tableSize < 2 * maxApplicants { tableSize <<= 1 }
            let local = UnsafeMutableBufferPointer<ApplicantSlot>.allocate(capacity: tableSize)
            local.initialize(repeating: ApplicantSlot())
            defer {
                local.deinitialize()
                local.deallocate()
            }
            // Hash and id side by side: one cache miss per applicant instead of two.
            let traineeKeys = traineeIndex.ids.indices.map {
                (hash: traineeHash[$0], id: traineeIndex.ids[$0], ascii: traineeIndex.asciiFlags[$0])
            }
            // For rankings of non-applicants: (placement << 32) | position, made when needed.
            var seenOutside = [Int64]()
            for (p, placement) in placements.enumerated() {
                if placement.capacity < 0 {
                    throw PlacementInputError(
                        code: .negativeCapacity, path: "placements.\(placement.id).capacity",
                        description:
                            "Placement \(placement.id) has capacity \(placement.capacity) (placements.\(placement.id).capacity); a capacity must be 0 or more."
                    )
                }
                capacity.append(placement.capacity)
                let owner = Int32(p)
                var size = 2
                while size < 2 * (applicantStart[p + 1] - applicantStart[p]) { size <<= 1 }
                let mask = size - 1
                for a in applicantStart[p]..<applicantStart[p + 1] {
                    let t = applicantTrainee[a]
                    let key = traineeKeys[Int(t)]
                    var slot = Int(truncatingIfNeeded: key.hash) & mask
                    while local[slot].owner == owner { slot = (slot + 1) & mask }
                    local[slot] = ApplicantSlot(
                        hash: key.hash, id: key.id, ascii: key.ascii, trainee: t, entry: applicantEntry[a], seenAt: -1,
                        owner: owner)
                }
                for (r, traineeID) in placement.ranking.enumerated() {
                    let hash = PlacementIDTable.hash(traineeID)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    var found = -1
                    while local[slot].owner == owner {
                        if local[slot].hash == hash
                            && PlacementIDTable.sameBytes(local[slot].id, ascii: local[slot].ascii, traineeID)
                        {
                            found = slot
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                    if found >= 0 {
                        let first = local[found].seenAt
                        if first >= 0 {
                            throw Self.duplicateInRanking(placement, traineeID, first: Int(first), r)
                        }
                        local[found].seenAt = Int32(r)
                        let t = local[found].trainee
                        let entry = local[found].entry
                        if entry < 0 {
                            listState[Int(~entry)] = EntryState.forbiddenMutual
                            rawWarnings.append((t, owner, 2))
                        } else {
                            listState[Int(entry)] = Int32(accPlacementTrainee.count)
                            accPlacementTrainee.append(t)
                        }
                        continue
                    }
                    // Not an applicant: an unknown id, or a one-sided ranking.
                    guard let t = traineeIndex.index(of: traineeID) else {
                        let path = "placements.\(placement.id).ranking[\(r)]"
                        throw PlacementInputError(
                            code: .unknownID, path: path,
                            description:
                                "Placement \(placement.id) ranks trainee \(traineeID) (\(path)), but there is no trainee \(traineeID)."
                        )
                    }
                    if seenOutside.isEmpty { seenOutside = [Int64](repeating: -1, count: traineeCount) }
                    let previous = seenOutside[Int(t)]
                    if previous >= 0 && previous >> 32 == Int64(p) {
                        throw Self.duplicateInRanking(placement, traineeID, first: Int(previous & 0xFFFF_FFFF), r)
                    }
                    seenOutside[Int(t)] = Int64(p) << 32 | Int64(r)
                    rawWarnings.append((t, owner, 1))  // ranks a non-applicant
                }
                accPlacementStart.append(accPlacementTrainee.count)
            }
        }

        // 6. Trainees' acceptable lists, and each placement entry's position in them.
        let acceptableCount = accPlacementTrainee.count
        var accTraineeStart = [Int]()
        accTraineeStart.reserveCapacity(traineeCount + 1)
        accTraineeStart.append(0)
        var accTraineePlacement = [Int32]()
        var accTraineeRankAtPlacement = [Int32]()
        var accTraineeChoice = [Int32]()
        accTraineePlacement.reserveCapacity(acceptableCount)
        accTraineeRankAtPlacement.reserveCapacity(acceptableCount)
        accTraineeChoice.reserveCapacity(acceptableCount)
        var accPlacementRankAtTrainee = [Int32](repeating: 0, count: acceptableCount)
        for t in 0..<traineeCount {
            let base = listStart[t]
            var position: Int32 = 0
            for e in base..<listStart[t + 1] {
                let state = listState[e]
                let p = listPlacement[e]
                if state >= 0 {
                    accTraineePlacement.append(p)
                    accTraineeRankAtPlacement.append(state - Int32(accPlacementStart[Int(p)]))
                    accTraineeChoice.append(Int32(e - base))
                    accPlacementRankAtTrainee[Int(state)] = position
                    position += 1
                } else if state != EntryState.forbiddenMutual {
                    rawWarnings.append((Int32(t), p, 0))  // not ranked back
                }
            }
            accTraineeStart.append(accTraineePlacement.count)
        }

        // 7. Warnings, sorted by trainee, placement, code (indices follow byte-wise id order).
        rawWarnings.sort { ($0.t, $0.p, $0.code) < ($1.t, $1.p, $1.code) }
        let codes: [PlacementWarning.Code] = [
            .notRankedByPlacement, .notListedByTrainee, .forbiddenPair,
        ]
        let warnings = rawWarnings.map {
            PlacementWarning(
                code: codes[Int($0.code)], trainee: trainees[Int($0.t)].id,
                placement: placements[Int($0.p)].id)
        }

        self.trainees = trainees
        self.placements = placements
        self.forbidden = forbidden
        self.traineeIndex = traineeIndex
        self.placementIndex = placementIndex
        self.capacity = capacity
        self.accTraineeStart = accTraineeStart
        self.accTraineePlacement = accTraineePlacement
        self.accTraineeRankAtPlacement = accTraineeRankAtPlacement
        self.accTraineeChoice = accTraineeChoice
        self.accPlacementStart = accPlacementStart
        self.accPlacementTrainee = accPlacementTrainee
        self.accPlacementRankAtTrainee = accPlacementRankAtTrainee
        self.warnings = warnings
    }

    private static func duplicateInRanking(
        _ placement: PlacementInstance.Placement, _ traineeID: String, first: Int, _ r: Int
    ) -> PlacementInputError {
        let path = "placements.\(placement.id).ranking[\(r)]"
        return PlacementInputError(
            code: .duplicateInList, path: path,
            description:
                "Placement \(placement.id) ranks trainee \(traineeID) twice (placements.\(placement.id).ranking[\(first)] and \(path)); a ranking must name each trainee once."
        )
    }

    /// `items` in byte-wise id order; returned as is when already sorted.
    ///
    /// When every id is ASCII, Swift's `<` is byte-wise and much faster than a generic
    /// byte comparison, so it is used.
    private static func sortedByID<Item>(_ items: [Item], id: (Item) -> String) -> [Item] {
        let ids = items.map(id)
        let ascii = ids.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        var sorted = true
        var index = 1
        while index < ids.count {
            let outOfOrder =
                ascii ? ids[index] < ids[index - 1] : PlacementIDOrder.precedes(ids[index], ids[index - 1])
            if outOfOrder {
                sorted = false
                break
            }
            index += 1
        }
        if sorted { return items }
        var order = Array(ids.indices)
        if ascii {
            order.sort { ids[$0] < ids[$1] }
        } else {
            order.sort { PlacementIDOrder.precedes(ids[$0], ids[$1]) }
        }
        return order.map { items[$0] }
    }
}
