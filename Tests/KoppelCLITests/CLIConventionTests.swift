import Foundation
import Testing

@Suite struct CLIConventionTests {
    @Test func versionPrintsTheVersion() throws {
        let result = try KoppelBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test(arguments: ["init", "demo", "import", "export"])
    func everyCommandHasHelp(command: String) throws {
        let result = try KoppelBinary.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: koppel \(command)"))
        #expect(result.stdout.contains("--db"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try KoppelBinary.run(["import", "martians", "x.csv"]).status == 64)
        #expect(try KoppelBinary.run(["export"]).status == 64)
        #expect(try KoppelBinary.run(["no-such-command"]).status == 64)
    }

    @Test func initCreatesTheDatabaseAtTheDefaultPathAndKOPPEL_DB() throws {
        let dir = temporaryDirectory()
        let first = try KoppelBinary.run(["init"], in: dir)
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty, "messages belong on stderr")
        #expect(first.stderr.contains("20 employers"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("koppel.db").path))
        let env = try KoppelBinary.run(["init"], in: dir, environment: ["KOPPEL_DB": "other.db"])
        #expect(env.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("other.db").path))
    }

    @Test func commandsOnAMissingDatabaseFailWithExit2() throws {
        let result = try KoppelBinary.run(["export", "persons", "--db", "nowhere.db"], in: temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.contains("no database at nowhere.db"))
    }

    @Test func badImportExitsWith2ReportsEveryRowAndWritesNothing() throws {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        let csv = "id,display_name,employer\np1,Anouk,ENS\np2,Tim,MARS\np3,,ENS\n"
        let result = try KoppelBinary.run(["import", "persons", "-"], in: dir, input: csv)
        #expect(result.status == 2)
        #expect(result.stderr.contains("-:3: field 'employer': unknown employer 'MARS'"))
        #expect(result.stderr.contains("-:4: field 'display_name': is required but missing"))
        let export = try KoppelBinary.run(["export", "persons"], in: dir)
        #expect(export.status == 0)
        #expect(export.stdout.split(separator: "\n").count == 1, "only the header: nothing was imported")
    }

    @Test func importFromStdinThenExportAsJSON() throws {
        let dir = temporaryDirectory()
        _ = try KoppelBinary.run(["init"], in: dir)
        let csv = "id;display_name;employer;skills\np1;Ëlla Jöbsis;ENS;nl:bag=4|nl:bgt\n"
        let imported = try KoppelBinary.run(["import", "persons", "-"], in: dir, input: csv)
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("1 persons imported"))
        let json = try KoppelBinary.run(["export", "persons", "--format", "json"], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(object?.first?["display_name"] as? String == "Ëlla Jöbsis")
        #expect(object?.first?["skills"] as? [String] == ["nl:bag=4", "nl:bgt=3"])
    }

    @Test func completionScriptsAreGenerated() throws {
        let result = try KoppelBinary.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("_koppel"))
    }
}
