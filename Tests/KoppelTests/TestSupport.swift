import Foundation
import Koppel

/// A fresh temporary directory, removed when the test process ends.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("koppel-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A new store in a fresh temporary directory.
func makeStore() throws -> KoppelStore {
    try KoppelStore(path: temporaryDirectory().appendingPathComponent("test.koppel").path)
}

extension KoppelStore {
    /// One kind exported to a string.
    func exported(_ kind: EntityKind, _ format: DataFormat = .csv) throws -> String {
        var text = ""
        try export(kind, format: format) { text += $0 }
        return text
    }

    /// Every kind exported, for comparing whole databases.
    func exportedAll() throws -> String {
        try EntityKind.all.map { "## \($0.name)\n" + (try exported($0)) }.joined()
    }

    /// Imports a CSV string.
    @discardableResult
    func importCSV(_ kind: EntityKind, _ text: String, file: String = "test.csv", dryRun: Bool = false) throws -> ImportSummary {
        try importData(Array(text.utf8), kind: kind, file: file, dryRun: dryRun)
    }
}

/// A small but complete data set: one record or more of every kind, as CSV, in import order.
enum Fixture {
    static let files: [(kind: EntityKind, csv: String)] = [
        (.named("employers")!, """
            code,name,kind,kind_detail,seat,lat,lon,cbs_code,cao,approx_fte,dissolved_year,provenance
            XTW,Testgemeente Twente,gemeente,,Delden,52.26,6.71,GM9999,Cao Gemeenten,42,,test

            """),
        (.named("skills")!, """
            id,label_nl,label_en,esco_uri,domain,provenance
            x:test-skill,Testvaardigheid,test skill,,geo,test

            """),
        (.named("persons")!, """
            id,display_name,employer,job_title,scale,hours_per_week,nlqf,home_place,home_lat,home_lon,max_commute_km,wish_scale_min,wish_scale_max,wish_hours_min,wish_hours_max,available_from,visibility,consent_at,updated_at,skills,credentials,domains,wish_domains,wish_employers,wish_moves
            p1,Anouk ter Horst,ENS,Medewerker BAG/BGT,8,36,4,Enschede,52.2215,6.8937,30,8,9,32,36,2026-12-01,public,2026-01-05,2026-11-01,esco:440f64e5-e66c-45ee-bc29-53c14a2ad720=3|nl:bag=4|x:test-skill=2,bhv=2027-03-01|rijbewijs-b,geo=6.5,geo|ro,ENS|HGL,swap|vacancy
            p2,Gerrit-Jan van 't Veer,HGL,WOZ-taxateur,10A,32,6,Hengelo,52.265,6.79,25,,,,,,discreet,,2025-06-30,nl:woz=5,taxateur-wonen=2025-01-01,belastingen=12,,,
            p3,"Jöbsis, Ëlla",XTW,,,,,,,,,,,,,,public,,,,,,,,
            p4,Trainee Tessa,ALM,Trainee,9,36,7,Almelo,52.35,6.66,40,,,,,2026-09-01,public,,2026-08-01,nl:beleidsadvisering=3,,management=1,,,
            p5,Trainee Tim,ENS,Trainee,9,36,7,Enschede,52.22,6.89,40,,,,,2026-09-01,public,,2026-08-01,,,,,,

            """),
        (.named("vacancies")!, """
            id,employer,title,domain,scale_min,scale_max,hours_min,hours_max,nlqf,place,lat,lon,opens,closes,start_date,description,status,must_skills,nice_skills,must_credentials
            v1,HGL,Medewerker BAG/BGT,geo,7,8,24,36,4,Hengelo,52.264,6.7946,2026-11-01,2026-12-15,2027-02-01,"Beheer van BAG en BGT, samen met het team.",open,nl:bag,esco:440f64e5-e66c-45ee-bc29-53c14a2ad720=1.5|nl:bgt=2,bhv

            """),
        (.named("cohorts")!, """
            id,name,start
            c2026,Traineeship Twentse Overheid 2026-2028,2026-09-01

            """),
        (.named("rotations")!, """
            id,cohort,number,start,end
            c2026-r1,c2026,1,2026-09-01,2027-04-30
            c2026-r2,c2026,2,2027-05-01,2027-12-31

            """),
        (.named("trainees")!, """
            id,person,cohort
            t1,p4,c2026
            t2,p5,c2026

            """),
        (.named("placements")!, """
            id,rotation,employer,title,domain,capacity,mentor,hours_per_week,description,skills
            pl1,c2026-r1,ENS,Beleid sociaal domein,sociaal,1,M. Nijhuis,36,,nl:sociaal-domeinwetten
            pl2,c2026-r1,WVS,Waterbeleid,water,2,,36,Peilbesluiten en klimaatadaptatie,
            pl3,c2026-r2,HGL,Financiën,financien,0,,,,

            """),
        (.named("trainee-rankings")!, """
            trainee,rotation,placements
            t1,c2026-r1,pl2|pl1
            t2,c2026-r1,pl1

            """),
        (.named("host-rankings")!, """
            placement,trainees
            pl1,t2|t1

            """),
        (.named("assignments")!, """
            trainee,rotation,placement,status
            t1,c2026-r1,pl2,proposed

            """),
        (.named("exchange-requests")!, """
            id,person,kind,period_from,period_to,allow_scale_change,status,wants
            x1,p1,swap,2027-01-01,2027-06-30,false,open,p2|v1
            x2,p2,secondment,2027-01-01,2027-06-30,true,open,p1

            """),
        (.named("standin-offers")!, """
            id,person,hours_per_week,period_from,period_to,consent_employee,consent_lender,roles
            s1,p1,16,2027-01-01,2027-12-31,true,false,BAG-beheerder|Medewerker BGT

            """),
    ]

    /// Imports every fixture file into `store`.
    static func load(into store: KoppelStore) throws {
        for (kind, csv) in files { try store.importCSV(kind, csv, file: "\(kind.name).csv") }
    }
}
