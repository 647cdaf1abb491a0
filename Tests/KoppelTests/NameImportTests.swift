import Foundation
import Testing
@testable import Koppel

/// Import fields take a skill, credential, domain or employer by name as well as by id; exports keep ids.
@Suite struct NameImportTests {
    private let persons = EntityKind.named("persons")!

    @Test func namesInEitherLanguageAreStoredAsIds() throws {
        let store = try makeStore()
        let csv = """
            id,display_name,employer,scale,hours_per_week,skills
            p1,Anouk,gemeente enschede,9,36,BAG address and building register=4|FINANCIELE ANALYSE
            p2,Bram,GEMEENTE HENGELO,8,32,overheidsfinancien

            """
        try store.importCSV(persons, csv, file: "people.csv")
        let exported = try store.exported(persons)
        #expect(exported.contains("p1,Anouk,ENS,"))
        #expect(exported.contains("p2,Bram,HGL,"))
        #expect(exported.contains("esco:99571e68-801f-49af-a897-5f75996642e1=3|nl:bag=4"))
        #expect(exported.contains("esco:387ee646-0aaa-4161-ab3b-cde87ec09fdf"))
        #expect(!exported.contains("Financi"), "exports keep ids")
    }

    @Test func anUnknownNameIsRefusedWithTheClosestOnes() throws {
        let store = try makeStore()
        let csv = "id,display_name,employer,scale,hours_per_week,skills\np1,Anouk,ENS,9,36,Financiele analise\n"
        #expect {
            try store.importCSV(persons, csv, file: "people.csv")
        } throws: { error in
            (error as? ImportError)?.description.contains(
                "unknown skill 'Financiele analise'; did you mean Financiële analyse (esco:99571e68-801f-49af-a897-5f75996642e1)?") == true
        }
        #expect(try store.counts().persons == 0)
    }
}
