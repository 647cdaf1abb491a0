import Foundation
import GRDB
import Testing
@testable import Koppel

@Suite struct DecisionLogTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheFIPSVectors(input: String, digest: String) {
        #expect(InputHash.hex(Data(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(InputHash.hex(Data(repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func entriesAreAppendedAndReadBack() throws {
        let store = try makeStore()
        let id = try store.pool.write { db in
            try DecisionLog.append(
                NewDecision(kind: "ranking", actor: "adviseur@ENS", viewer: nil, input: Data("input".utf8), weightsVersion: 1,
                            params: #"{"vacancy":"v1"}"#, outcome: #"{"top":["p2","p1"]}"#, subjects: ["p2", "p1"]),
                in: db)
        }
        let entries = try store.pool.read { try DecisionLog.entries(in: $0) }
        #expect(entries.count == 1)
        #expect(entries[0].id == id && entries[0].actor == "adviseur@ENS" && entries[0].subjects == ["p1", "p2"])
        #expect(entries[0].inputHash == InputHash.hex(Data("input".utf8)))
        #expect(try store.pool.read { try DecisionLog.entries(person: "p9", in: $0) }.isEmpty)
    }

    @Test func theLogRefusesUpdateAndDelete() throws {
        let store = try makeStore()
        try store.pool.write { db in
            _ = try DecisionLog.append(NewDecision(kind: "import", actor: nil, viewer: nil, input: Data(), subjects: ["p1"]), in: db)
        }
        for sql in ["UPDATE decision_log SET outcome = '{}'", "DELETE FROM decision_log",
                    "UPDATE decision_subject SET person = 'x'", "DELETE FROM decision_subject"] {
            #expect { try store.pool.write { try $0.execute(sql: sql) } } throws: { error in
                (error as? DatabaseError)?.message?.contains("append-only") == true
            }
        }
        #expect(try store.pool.read { try DecisionLog.entries(in: $0) }.count == 1)
    }
}
