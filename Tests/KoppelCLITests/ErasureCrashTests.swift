import Foundation
@testable import Koppel
import Testing
@testable import KoppelDemo

/// An erasure killed at any moment is finished by the next koppel that opens the database: the
/// erased person's id and name are then in no file of it (main file, WAL).
@Suite struct ErasureCrashTests {
    static let persons = """
        id,display_name,employer,scale,hours_per_week,nlqf,home_lat,home_lon,skills,domains
        p1,Anouk ter Horst,ENS,8,36,4,52.22,6.89,nl:bag=4|nl:bgt=3,geo=6
        zq7,Quirijn Zwartewalle,ALM,8,36,4,52.35,6.66,nl:bag=2,geo=1

        """
    static let needles = ["Zwartewalle", "zwartewalle", "zq7"]

    private func setUp() throws -> URL {
        let dir = temporaryDirectory()
        #expect(try KoppelBinary.run(["init"], in: dir).status == 0)
        #expect(try KoppelBinary.run(["import", "persons", "-"], in: dir, input: Self.persons).status == 0)
        let vacancy = "id,employer,title,lat,lon,must_skills\nv1,HGL,Medewerker BAG,52.264,6.79,nl:bag\n"
        #expect(try KoppelBinary.run(["import", "vacancies", "-"], in: dir, input: vacancy).status == 0)
        #expect(try KoppelBinary.run(["candidates", "v1", "--as", "HGL", "--on", "2026-11-25"], in: dir).status == 0)
        return dir
    }

    /// Which needles some file of the database in `dir` still holds.
    private func traces(in dir: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasPrefix("koppel.db") } ?? []
        return files.flatMap { name -> [String] in
            let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) ?? Data()
            return Self.needles.filter { bytes.range(of: Data($0.utf8)) != nil }.map { "\($0) in \(name)" }
        }
    }

    /// Whether the database in `dir` still marks an erasure as unfinished (not vacuumed, WAL not
    /// truncated).
    private func pending(in dir: URL) throws -> Bool {
        try KoppelStore.erasurePending(dir.appendingPathComponent("koppel.db").path)
    }

    @Test(arguments: ErasureStep.allCases)
    func anErasureKilledAfterAStageIsFinishedByTheNextCommand(step: ErasureStep) throws {
        let dir = try setUp()
        #expect(!traces(in: dir).isEmpty, "the set-up must put the name in the file")
        let killed = try KoppelBinary.run(
            ["person", "erase", "zq7", "--yes", "--as", "steward"], in: dir, environment: ["KOPPEL_FAULT": "erase-after-\(step.rawValue)"])
        #expect(killed.status == SIGKILL, "the fault must kill it: \(killed.stderr)")
        // Any command that opens the database finishes the erasure first, a read one too.
        let next = try KoppelBinary.run(["log", "--as", "steward", "--limit", "1"], in: dir)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(traces(in: dir).isEmpty, "after \(step): \(traces(in: dir))")
        // Debian's SQLite zeroes deleted bytes by itself (SQLITE_SECURE_DELETE), so the needles
        // alone cannot tell a finished erasure from an unfinished one: the mark must be gone too.
        #expect(try !pending(in: dir), "after \(step) the next command must finish the erasure")
        #expect(try KoppelBinary.run(["person", "export", "zq7", "--as", "steward"], in: dir).status == 1)
        let export = try KoppelBinary.run(["export", "persons", "--as", "steward"], in: dir)
        #expect(export.stdout.contains("Anouk") && !export.stdout.contains("Zwartewalle"))
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func anErasureKilledAtARandomMomentLeavesNoTraceOnceTheDatabaseIsOpenedAgain(seed: UInt64) throws {
        let dir = try setUp()
        var random = DemoRandom(seed: seed)
        let erase = try KoppelProcess(["person", "erase", "zq7", "--yes", "--as", "steward"], in: dir)
        // Whenever the kill lands — before, during or after the erasure — the verdict is the
        // same: the person is either wholly there (nothing committed) or nowhere in the files.
        usleep(UInt32(random.int(in: 0...150_000)))
        erase.killHard()
        erase.wait()
        #expect(try KoppelBinary.run(["log", "--as", "steward", "--limit", "1"], in: dir).status == 0)
        let stillThere = try KoppelBinary.run(["person", "export", "zq7", "--as", "steward"], in: dir).status == 0
        if stillThere {
            #expect(try KoppelBinary.run(["person", "erase", "zq7", "--yes", "--as", "steward"], in: dir).status == 0)
        }
        #expect(traces(in: dir).isEmpty, "seed \(seed): \(traces(in: dir))")
        #expect(try !pending(in: dir), "seed \(seed): the erasure is not finished")
    }
}
