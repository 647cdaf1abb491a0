import Foundation
import Testing
@testable import Koppel

/// A stand-in booking is a secondment: it needs the employee's, the lending employer's and the
/// borrowing employer's consent, never comes from the borrower's own staff, and one offer is
/// never booked twice for overlapping periods.
@Suite struct StandInBookingTests {
    private let from = Day("2027-02-01")!
    private let to = Day("2027-02-28")!

    /// The fixture with offers: s1 (p1, ENS) without the lender's consent, s2 (p4, ALM) with
    /// both consents, s3 (p2, HGL, discreet) with both.
    private func store() throws -> KoppelStore {
        let store = try makeStore()
        try Fixture.load(into: store)
        try store.importCSV(.named("standin-offers")!, """
            id,person,hours_per_week,period_from,period_to,consent_employee,consent_lender,roles
            s2,p4,16,2027-01-01,2027-12-31,true,true,BAG-beheerder
            s3,p2,16,2027-01-01,2027-12-31,true,true,BAG-beheerder
            s4,p5,16,2027-01-01,2027-12-31,false,true,BAG-beheerder

            """)
        return store
    }

    private func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as StoreError { return error.message } catch { return "\(error)" }
        return nil
    }

    @Test func aBookingNeedsAllThreeConsents() throws {
        let store = try store()
        let lender = refusal { try store.bookStandIn(offer: "s1", borrower: "HGL", from: from, to: to, viewer: .regionalAdviser, actor: "a", reason: "test") }
        #expect(lender?.contains("lending employer ENS has not consented") == true, "\(lender ?? "booked")")
        let employee = refusal { try store.bookStandIn(offer: "s4", borrower: "HGL", from: from, to: to, viewer: .regionalAdviser, actor: "a", reason: "test") }
        #expect(employee?.contains("employee has not consented") == true, "\(employee ?? "booked")")
        #expect(refusal { try store.bookStandIn(offer: "s2", borrower: "HGL", from: from, to: to, viewer: .regionalAdviser, actor: "a", reason: "test") } == nil)
    }

    @Test func anEmployerNeverBooksItsOwnEmployeesOffer() throws {
        let store = try store()
        let own = refusal { try store.bookStandIn(offer: "s2", borrower: "ALM", from: from, to: to, viewer: .regionalAdviser, actor: "a", reason: "test") }
        #expect(own?.contains("own employee") == true, "\(own ?? "booked")")
    }

    @Test func oneOfferIsNeverBookedTwiceForOverlappingPeriods() throws {
        let store = try store()
        try store.bookStandIn(offer: "s2", borrower: "HGL", from: from, to: to, viewer: .adviser(employer: "HGL"), actor: "a", reason: "test")
        let clash = refusal {
            try store.bookStandIn(offer: "s2", borrower: "ENS", from: Day("2027-02-20")!, to: Day("2027-03-10")!, viewer: .regionalAdviser, actor: "a", reason: "test")
        }
        #expect(clash?.contains("already booked by HGL from 2027-02-01 to 2027-02-28") == true, "\(clash ?? "booked")")
        // A period after the first is fine, and re-booking the same period extends it.
        #expect(refusal { try store.bookStandIn(offer: "s2", borrower: "ENS", from: Day("2027-03-01")!, to: Day("2027-03-10")!, viewer: .regionalAdviser, actor: "a", reason: "test") } == nil)
        #expect(refusal { try store.bookStandIn(offer: "s2", borrower: "HGL", from: from, to: to, viewer: .regionalAdviser, actor: "a", reason: "test") } == nil)
    }

    @Test func onlyTheBorrowersAdviserOrARegionalAdviserBooks() throws {
        let store = try store()
        let other = refusal { try store.bookStandIn(offer: "s2", borrower: "HGL", from: from, to: to, viewer: .adviser(employer: "ENS"), actor: "a", reason: "test") }
        #expect(other?.contains("may not book") == true)
        // HGL's own discreet employee is not found by HGL, as if there were no such offer.
        let hidden = refusal { try store.bookStandIn(offer: "s3", borrower: "ENS", from: from, to: to, viewer: .adviser(employer: "HGL"), actor: "a", reason: "test") }
        #expect(hidden == "no stand-in offer with id 's3'")
    }

    @Test func theBalanceCountsOnlyValidBookings() throws {
        let store = try store()
        try store.bookStandIn(offer: "s2", borrower: "HGL", from: from, to: to, viewer: .regionalAdviser, actor: "a", reason: "test")
        // A booking written around the rules (an older koppel, a hand edit) does not count.
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO standin_booking (offer, borrower, period_from, period_to, consent_borrower) VALUES ('s1', 'HGL', '2027-02-01', '2027-02-28', 1)")
            try db.execute(sql: "INSERT INTO standin_booking (offer, borrower, period_from, period_to, consent_borrower) VALUES ('s2', 'ALM', '2027-05-01', '2027-05-28', 1)")
        }
        let balance = try store.exchangeBalance(from: nil, to: nil, viewer: .regionalAdviser)
        #expect(balance == [ExchangeBalanceLine(employer: "ALM", lent: 1, borrowed: 0), ExchangeBalanceLine(employer: "HGL", lent: 0, borrowed: 1)])
    }
}
