import Koppel
import Testing
@testable import KoppelDemo

/// `--excel` CSV: semicolons, a decimal comma in numbers only, a BOM; chunks change nothing.
@Suite struct ExcelCSVTests {
    static let csv = "rank,person,name,score,eligible,reasons,day\n"
        + "1,p1,\"Jansen, A.\",71.25,true,,2026-12-03\n"
        + "2,p2,\"De \"\"Vries\"\" 3.5\",-0.5,false,missingMustSkill:nl:bag|beyondMaxKm,\n"
        + "3,v1.2,Koç,10,true,,\n"

    @Test func writesWhatDutchExcelReads() {
        var excel = ExcelCSV()
        let out = excel.convert(Self.csv) + excel.finish()
        #expect(out == "\u{FEFF}rank;person;name;score;eligible;reasons;day\n"
            + "1;p1;\"Jansen, A.\";71,25;true;;2026-12-03\n"
            + "2;p2;\"De \"\"Vries\"\" 3.5\";-0,5;false;missingMustSkill:nl:bag|beyondMaxKm;\n"
            + "3;v1.2;Koç;10;true;;\n")
    }

    @Test(arguments: 1...40)
    func chunksGiveTheSameText(seed: Int) {
        var whole = ExcelCSV()
        let expected = whole.convert(Self.csv) + whole.finish()
        var generator = DemoRandom(seed: UInt64(seed))
        var chunked = ExcelCSV()
        var out = ""
        var rest = Substring(Self.csv)
        while !rest.isEmpty {
            let length = generator.int(in: 1...7)
            out += chunked.convert(String(rest.prefix(length)))
            rest = rest.dropFirst(length)
        }
        out += chunked.finish()
        #expect(out == expected)
    }

    @Test func anEmptyOutputStillStartsWithTheMark() {
        var excel = ExcelCSV()
        #expect(excel.finish() == "\u{FEFF}")
    }
}
