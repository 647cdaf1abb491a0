import Foundation
import GRDB
import KoppelEngine

/// A stored exchange proposal: the cycles and chains the engine found, for an adviser to accept.
public struct ExchangeProposal: Sendable, Codable {
    /// One move: `person` (through `request`) takes over `position` — a seat or a vacancy.
    public struct Move: Sendable, Codable, Hashable {
        public var request: String
        public var person: String
        public var name: String
        public var from: String
        public var position: String
        public var positionEmployer: String
        public var weight: Double
    }

    /// A cycle (everyone moves one seat) or a chain (it starts at a vacancy).
    public struct Group: Sendable, Codable, Hashable {
        public var kind: String
        public var moves: [Move]
    }

    public var id: Int64
    public var status: String
    public var maxCycle: Int
    public var maxChain: Int
    public var groups: [Group]
    public var moved: Int
    public var weight: Double
    /// Listed positions that gave no edge, with the reason.
    public var refused: [Refusal]
    /// Whether groups were left out because they involve someone the viewer may not see
    /// (`moved` and `weight` then count only the groups shown).
    public var someGroupsNotShown: Bool = false

    public struct Refusal: Sendable, Codable, Hashable {
        public var request: String
        public var position: String
        public var reason: String
    }
}

/// Per employer: how many people it lent and borrowed (accepted exchanges and booked stand-ins).
public struct ExchangeBalanceLine: Sendable, Codable, Hashable {
    public var employer: String
    public var lent: Int
    public var borrowed: Int
}

extension KoppelStore {
    /// Finds the exact best set of exchange cycles and vacancy chains over the open requests and
    /// stores it as a proposal (earlier open proposals are superseded). Nothing moves until
    /// ``acceptExchange(_:viewer:actor:reason:)``.
    ///
    /// The proposal is returned as `viewer` may see it: without the groups that involve a
    /// profile hidden from them (``ExchangeProposal/someGroupsNotShown``), nor refusals that
    /// name one. Every input is read in the search's transaction.
    public func findExchanges(
        maxCycle: Int, maxChain: Int, on day: Day, viewer: Viewer, actor: String?, limits: ExchangeSolver.Limits = .default
    ) throws -> ExchangeProposal {
        let policy = AccessPolicy(viewer)
        try Self.require(policy.mayFindExchanges, text: "access.exchangesFind", ["viewer": viewer])
        return try pool.write { db in
            let catalog = try Self.loadCatalog(db)
            let weights = try WeightsStore.current(db)
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM exchange_request WHERE status = 'open' ORDER BY id")
            var wants: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT request, position FROM exchange_want ORDER BY request, rank") {
                wants[row[0], default: []].append(row[1])
            }
            let people = try Dictionary(uniqueKeysWithValues: Self.loadPersons(
                db, where: ("id IN (SELECT person FROM exchange_request WHERE status = 'open')", [])).map { ($0.id, $0) })
            let requests = rows.compactMap { row -> ExchangeGraphBuilder.Request? in
                guard let person = people[row["person"]] else { return nil }
                return ExchangeGraphBuilder.Request(
                    id: row["id"], person: person, kind: ExchangeKind(rawValue: row["kind"]) ?? .swap, wants: wants[row["id"]] ?? [],
                    from: Day(row["period_from"])!, to: Day(row["period_to"])!, allowScaleChange: row["allow_scale_change"])
            }
            let vacancies = Dictionary(uniqueKeysWithValues: try Self.loadVacancies(db, where: ("status = 'open'", [])).map { ($0.id, $0) })
            var credentialDomains: [String: String] = [:]
            for credential in catalog.credentials { if let domain = credential.domain { credentialDomains[credential.id] = domain } }
            var builder = ExchangeGraphBuilder(
                requests: requests, vacancies: vacancies, catalog: catalog, credentialDomains: credentialDomains, weights: weights)
            builder.build()
            let instance = try ExchangeInstance(
                participants: builder.acceptable.keys.sorted(), acceptable: builder.acceptable,
                weights: builder.edgeWeights, vacancies: builder.vacancyIDs)
            let solution = try ExchangeSolver.solve(
                instance, maxCycle: maxCycle, maxChain: maxChain, limits: limits,
                allow: { group in builder.allows(group.filter { builder.acceptable[$0] != nil }) })
            let requestOf = Dictionary(requests.sorted { $0.id > $1.id }.map { ($0.person.id, $0) }, uniquingKeysWith: { $1 })
            try db.execute(sql: "UPDATE exchange_proposal SET status = 'superseded' WHERE status = 'proposed'")
            try db.execute(
                sql: "INSERT INTO exchange_proposal (created_at, max_cycle, max_chain) VALUES (?, ?, ?)",
                arguments: [DecisionLog.timestamp(Date()), maxCycle, maxChain])
            let proposalID = db.lastInsertedRowID
            var groups: [ExchangeProposal.Group] = []
            func move(_ person: String, takes position: String) -> ExchangeProposal.Move {
                let request = requestOf[person]!
                let employer = people[position]?.employer ?? vacancies[position]?.employer ?? ""
                return ExchangeProposal.Move(
                    request: request.id, person: person, name: request.person.displayName, from: request.person.employer,
                    position: position, positionEmployer: employer, weight: instance.weightMicros(from: person, to: position).map { Double($0) / 1_000_000 } ?? 0)
            }
            for cycle in solution.cycles {
                groups.append(.init(kind: "cycle", moves: cycle.indices.map { move(cycle[$0], takes: cycle[($0 + 1) % cycle.count]) }))
            }
            for chain in solution.chains {
                groups.append(.init(kind: "chain", moves: (1..<chain.count).map { move(chain[$0], takes: chain[$0 - 1]) }))
            }
            for (number, group) in groups.enumerated() {
                for move in group.moves {
                    try db.execute(
                        sql: "INSERT INTO exchange_move (proposal, group_no, kind, request, position, weight) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [proposalID, number + 1, group.kind, move.request, move.position, move.weight])
                }
            }
            let input = String(decoding: try JSONEncoder().encode(SortedInstance(instance)), as: UTF8.self)
            let logID = try DecisionLog.append(
                NewDecision(kind: "exchange", actor: actor, viewer: viewer, input: Data(input.utf8), weightsVersion: weights.version,
                            params: "{\"maxCycle\": \(maxCycle), \"maxChain\": \(maxChain), \"day\": \"\(day)\", \"proposal\": \(proposalID)}",
                            outcome: solution.json, subjects: groups.flatMap { $0.moves.map(\.person) }),
                in: db)
            try db.execute(sql: "UPDATE exchange_proposal SET log_id = ? WHERE id = ?", arguments: [logID, proposalID])
            let proposal = ExchangeProposal(
                id: proposalID, status: "proposed", maxCycle: maxCycle, maxChain: maxChain, groups: groups,
                moved: solution.moved, weight: solution.weight,
                refused: builder.refusals.map { .init(request: $0.request, position: $0.position, reason: $0.reason) })
            let requesters = Dictionary(requests.map { ($0.id, $0.person.id) }, uniquingKeysWith: { a, _ in a })
            var holders: [String: (employer: String, visibility: Visibility)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, employer, visibility FROM person
                WHERE id IN (SELECT position FROM exchange_want) OR id IN (SELECT person FROM exchange_request)
                """) {
                holders[row["id"]] = (row["employer"], Visibility(rawValue: row["visibility"]) ?? .discreet)
            }
            return proposal.shown(to: policy, requester: { requesters[$0] }, visible: { id in
                holders[id].map { policy.maySee(person: id, employer: $0.employer, visibility: $0.visibility) } ?? true
            })
        }
    }

    /// Makes a proposal final: its requests are done. Only the newest open proposal can be
    /// accepted, and only by a regional adviser who may see every member
    /// (``AccessPolicy/mayAccept(moving:)``), with a reason (required, logged).
    public func acceptExchange(_ proposalID: Int64, viewer: Viewer, actor: String, reason: String) throws -> Int {
        let policy = AccessPolicy(viewer)
        try Self.require(viewer == .regionalAdviser, text: "access.exchangesAccept", ["viewer": viewer])
        let reason = try DecisionReason.required(reason, for: CatalogueText("reason.what.acceptExchange"))
        return try pool.write { db in
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM exchange_proposal WHERE id = ?", arguments: [proposalID]) else {
                throw StoreError(.notFound, text: "store.noExchangeProposal", ["id": Int(proposalID)])
            }
            guard status == "proposed" else {
                throw StoreError(.invalidState, text: "store.exchangeNotOpen", ["id": Int(proposalID), "status": CatalogueText("exchange.status." + status)])
            }
            let moves = try Row.fetchAll(db, sql: """
                SELECT m.request, m.position, r.person FROM exchange_move m JOIN exchange_request r ON r.id = m.request
                WHERE m.proposal = ? ORDER BY m.group_no, m.request
                """, arguments: [proposalID])
            let members = try Self.loadPersons(db, where: ("""
                id IN (SELECT r.person FROM exchange_move m JOIN exchange_request r ON r.id = m.request WHERE m.proposal = ?)
                """, [proposalID]))
            try Self.require(policy.mayAccept(moving: members), text: "access.exchangeMembers", ["viewer": viewer, "id": Int(proposalID)])
            try db.execute(sql: "UPDATE exchange_proposal SET status = 'accepted' WHERE id = ?", arguments: [proposalID])
            try db.execute(sql: "UPDATE exchange_request SET status = 'done' WHERE id IN (SELECT request FROM exchange_move WHERE proposal = ?)", arguments: [proposalID])
            let pairs = moves.map { "[\(JSONText.quote($0[2])), \(JSONText.quote($0[1]))]" }.joined(separator: ", ")
            try DecisionLog.append(
                NewDecision(kind: "exchange-accept", actor: actor, viewer: viewer, input: Data(pairs.utf8),
                            params: try DecisionLog.json(["proposal": Int(proposalID), "reason": reason]), outcome: "{\"moves\": [\(pairs)]}",
                            subjects: moves.map { $0[2] }),
                in: db)
            return moves.count
        }
    }

    /// The person behind an exchange request.
    public func exchangeRequester(_ requestID: String) throws -> String? {
        try pool.read { try String.fetchOne($0, sql: "SELECT person FROM exchange_request WHERE id = ?", arguments: [requestID]) }
    }

    /// Per employer, how many people it lent and borrowed through accepted exchanges and valid
    /// stand-in bookings (all three consents) whose period overlaps `from`…`to` (all when nil),
    /// counting only the moves `viewer` may see: a move counts when the mover and, for a swap,
    /// the holder of the seat taken are both visible to them (as the groups of a proposal are).
    public func exchangeBalance(from: Day?, to: Day?, viewer: Viewer) throws -> [ExchangeBalanceLine] {
        let policy = AccessPolicy(viewer)
        return try pool.read { db in
            let low = from?.description ?? "0000-01-01"
            let high = to?.description ?? "9999-12-31"
            var lines: [String: ExchangeBalanceLine] = [:]
            func visible(_ id: String?, _ employer: String?, _ visibility: String?) -> Bool {
                guard let id, let employer else { return true }
                return policy.maySee(person: id, employer: employer, visibility: visibility.flatMap(Visibility.init) ?? .discreet)
            }
            func count(lender: String, borrower: String, _ row: Row) {
                guard lender != borrower, visible(row["person"], lender, row["visibility"]),
                      visible(row["seat"], row["seat_employer"], row["seat_visibility"])
                else { return }
                lines[lender, default: .init(employer: lender, lent: 0, borrowed: 0)].lent += 1
                lines[borrower, default: .init(employer: borrower, lent: 0, borrowed: 0)].borrowed += 1
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT p.id AS person, p.visibility AS visibility, p.employer AS lender, COALESCE(seat.employer, v.employer) AS borrower,
                       seat.id AS seat, seat.employer AS seat_employer, seat.visibility AS seat_visibility
                FROM exchange_move m
                JOIN exchange_proposal x ON x.id = m.proposal AND x.status = 'accepted'
                JOIN exchange_request r ON r.id = m.request
                JOIN person p ON p.id = r.person
                LEFT JOIN person seat ON seat.id = m.position
                LEFT JOIN vacancy v ON v.id = m.position
                WHERE r.period_from <= ? AND r.period_to >= ?
                """, arguments: [high, low]) {
                if let borrower: String = row["borrower"] { count(lender: row["lender"], borrower: borrower, row) }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT p.id AS person, p.visibility AS visibility, p.employer AS lender, b.borrower AS borrower
                FROM standin_booking b JOIN standin_offer o ON o.id = b.offer JOIN person p ON p.id = o.person
                WHERE b.consent_borrower = 1 AND o.consent_employee = 1 AND o.consent_lender = 1 AND p.employer <> b.borrower
                  AND b.period_from <= ? AND b.period_to >= ?
                """, arguments: [high, low]) {
                count(lender: row["lender"], borrower: row["borrower"], row)
            }
            return lines.values.sorted { $0.employer < $1.employer }
        }
    }
}

extension ExchangeProposal {
    /// The proposal as `policy`'s viewer may see it: groups with a member or a seat holder
    /// hidden from them left out (and said so), totals over the groups shown, refusals that
    /// name a hidden person left out.
    func shown(to policy: AccessPolicy, requester: (String) -> String?, visible: (String) -> Bool) -> ExchangeProposal {
        guard !policy.seesEveryProfile else { return self }
        var copy = self
        copy.groups = groups.filter { group in group.moves.allSatisfy { visible($0.person) && visible($0.position) } }
        copy.someGroupsNotShown = copy.groups.count != groups.count
        if copy.someGroupsNotShown {
            let moves = copy.groups.flatMap(\.moves)
            copy.moved = moves.count
            copy.weight = (moves.reduce(0) { $0 + $1.weight } * 1_000_000).rounded() / 1_000_000
        }
        copy.refused = refused.filter { refusal in
            visible(refusal.position) && (requester(refusal.request).map(visible) ?? true)
        }
        return copy
    }
}

/// The instance in interchange form with sorted keys, for the input hash.
struct SortedInstance: Encodable {
    var participants: [String]
    var acceptable: [String: [String]]
    var weights: [String: [String: Double]]
    var vacancies: [String]

    init(_ instance: ExchangeInstance) {
        participants = instance.participants
        acceptable = instance.acceptable
        weights = instance.weights
        vacancies = instance.vacancies
    }
}
