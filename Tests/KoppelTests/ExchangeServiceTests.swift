import Foundation
import GRDB
import Testing
@testable import Koppel
@testable import KoppelDemo

@Suite struct ExchangeServiceTests {
    private let day = Day("2026-11-25")!

    private func demo(seed: UInt64) throws -> KoppelStore {
        let path = temporaryDirectory().appendingPathComponent("x.koppel").path
        let size = DemoSize.custom(persons: 1500, vacancies: 30, exchangeRequests: 60, standInOffers: 10)
        _ = try DemoBuilder.build(at: path, seed: seed, size: size, today: day)
        return try KoppelStore(path: path)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func proposalsOnlyMoveListedQualifiedPeopleWithOverlappingPeriods(seed: UInt64) throws {
        let store = try demo(seed: seed)
        let proposal = try store.findExchanges(maxCycle: 3, maxChain: 2, on: day, viewer: .regionalAdviser, actor: "test")
        let moves = proposal.groups.flatMap(\.moves)
        #expect(Set(moves.map(\.person)).count == moves.count, "nobody moves twice")
        #expect(moves.count == proposal.moved)
        try store.pool.read { (db: Database) throws -> Void in
            for group in proposal.groups {
                #expect(group.moves.count <= (group.kind == "cycle" ? 3 : 2))
                var starts: [String] = []
                var ends: [String] = []
                for move in group.moves {
                    let listed = try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange_want WHERE request = ? AND position = ?", arguments: [move.request, move.position])
                    #expect(listed == 1, "\(move.person) moves to \(move.position), which it did not list")
                    let row = try Row.fetchOne(db, sql: "SELECT * FROM exchange_request WHERE id = ?", arguments: [move.request])!
                    starts.append(row["period_from"])
                    ends.append(row["period_to"])
                    let allow: Bool = row["allow_scale_change"]
                    if !allow, let own = try String.fetchOne(db, sql: "SELECT scale FROM person WHERE id = ?", arguments: [move.person]).flatMap(Scale.init),
                       let other = try String.fetchOne(db, sql: "SELECT scale FROM person WHERE id = ?", arguments: [move.position]).flatMap(Scale.init) {
                        #expect(abs(own.steps(to: other)) <= 1)
                    }
                }
                #expect(starts.max()! <= ends.min()!, "the periods of all members overlap")
            }
        }
    }

    @Test func acceptingMakesMovesFinalAndShowsInTheBalance() throws {
        let store = try demo(seed: 4)
        let proposal = try store.findExchanges(maxCycle: 3, maxChain: 3, on: day, viewer: .regionalAdviser, actor: nil)
        try #require(!proposal.groups.isEmpty)
        #expect(try store.exchangeBalance(from: nil, to: nil, viewer: .regionalAdviser).isEmpty)
        #expect(try store.acceptExchange(proposal.id, viewer: .regionalAdviser, actor: "adviseur", reason: "test") == proposal.moved)
        let balance = try store.exchangeBalance(from: nil, to: nil, viewer: .regionalAdviser)
        let crossing = proposal.groups.flatMap(\.moves).filter { $0.from != $0.positionEmployer }.count
        #expect(balance.map(\.lent).reduce(0, +) == crossing)
        #expect(balance.map(\.borrowed).reduce(0, +) == crossing)
        #expect { _ = try store.acceptExchange(proposal.id, viewer: .regionalAdviser, actor: "test", reason: "test") } throws: { ($0 as? StoreError)?.code == .invalidState }
        let open = try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM exchange_request WHERE status = 'done'") }
        #expect(open == proposal.groups.flatMap(\.moves).count)
    }

    @Test func aNewerProposalSupersedesTheOlderOne() throws {
        let store = try demo(seed: 5)
        let first = try store.findExchanges(maxCycle: 2, maxChain: 0, on: day, viewer: .regionalAdviser, actor: nil)
        let second = try store.findExchanges(maxCycle: 3, maxChain: 0, on: day, viewer: .regionalAdviser, actor: nil)
        #expect(second.moved >= first.moved, "longer cycles never move fewer people")
        #expect { _ = try store.acceptExchange(first.id, viewer: .regionalAdviser, actor: "test", reason: "test") } throws: { ($0 as? StoreError)?.code == .invalidState }
    }

    @Test func theSameRequestsGiveTheSameProposal() throws {
        let a = try demo(seed: 6).findExchanges(maxCycle: 3, maxChain: 3, on: day, viewer: .regionalAdviser, actor: nil)
        let b = try demo(seed: 6).findExchanges(maxCycle: 3, maxChain: 3, on: day, viewer: .regionalAdviser, actor: nil)
        #expect(a.groups == b.groups && a.moved == b.moved && a.weight == b.weight)
    }
}
