import Foundation
import GRDB
import Koppel
import Testing

/// A control character that got into the database (an older koppel imported it) is printed
/// as U+FFFD by every table, never sent to the terminal.
@Suite struct TerminalInjectionTests {
    static let hostile = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m"

    @Test func tablesPrintControlCharactersFromTheDatabaseAsReplacementCharacters() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        let csv = "id,display_name,employer,updated_at\np1,Anouk,ENS,2020-01-01\n"
        #expect(try KoppelBinary.run(["import", "persons", "-"], in: dir, input: csv).status == 0)
        let store = try KoppelStore(path: dir.appendingPathComponent("koppel.db").path)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE person SET display_name = ? WHERE id = 'p1'", arguments: [Self.hostile])
        }
        let result = try KoppelBinary.run(["person", "stale", "--months", "1", "--on", "2026-11-25"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Evil\u{FFFD}]0;pwned\u{FFFD}"))
        #expect(!result.stdout.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" })
    }
}
