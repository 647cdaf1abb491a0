import Foundation
import KoppelEngine

/// Every human text of a letter to a person, in plain Dutch (B1) and English, in one place
/// (for the text catalogue of issue 15).
enum LetterTexts {
    static func title(_ l: Language) -> String { l.text("letter.title") }

    static func greeting(_ name: String, _ l: Language) -> String { l.text("letter.greeting", ["name": name]) }

    static func decided(at: String, actor: String, vacancy: String, employer: String, _ l: Language) -> String {
        l.text("letter.decided", ["at": at, "actor": actor, "vacancy": vacancy, "employer": employer])
    }

    static func placed(rank: Int, of top: Int, _ l: Language) -> String { l.text("letter.placed", ["rank": rank, "top": top]) }

    static func notPlaced(rank: Int?, top: Int, _ l: Language) -> String {
        guard let rank else { return l.text("letter.notPlacedNotListed", ["top": top]) }
        return l.text("letter.notPlaced", ["rank": rank, "top": top])
    }

    static func score(_ points: String, _ l: Language) -> String { l.text("letter.score", ["points": points]) }

    static func component(_ name: String, points: String, max: String, noData: Bool, _ l: Language) -> String {
        l.text(noData ? "letter.componentNoData" : "letter.component", ["name": name, "points": points, "max": max])
    }

    static func missedHeader(_ l: Language) -> String { l.text("letter.missedHeader") }

    static func noneMissed(_ l: Language) -> String { l.text("letter.noneMissed") }

    static func reason(_ code: RankingReasonCode, subject: String?, _ l: Language) -> String {
        let key = "letter.reason.\(code.rawValue)"
        guard Catalogue.entries[key] != nil else { return code.rawValue }
        return l.text(key, ["subject": subject ?? ""])
    }

    static func change(_ change: RankingCounterfactual.Change, label: (String) -> String, _ l: Language) -> String {
        switch change {
        case .addSkill(let s): l.text("letter.change.addSkill", ["skill": label(s)])
        case .addCredential(let c): l.text("letter.change.addCredential", ["credential": label(c)])
        case .workingLevel(let n): l.text("letter.change.workingLevel", ["level": "\(n)"])
        case .maxCommuteKm(let km): l.text("letter.change.maxCommuteKm", ["km": "\(km)"])
        case .availableFrom(let day): l.text("letter.change.availableFrom", ["day": "\(day)"])
        case .hours(let h): l.text("letter.change.hours", ["hours": hoursText(h)])
        case .addNiceSkill(let s): l.text("letter.change.addNiceSkill", ["skill": label(s)])
        }
    }

    static func counterfactual(_ changes: [String], score: String, _ l: Language) -> String {
        l.text("letter.counterfactual", ["changes": changes.joined(separator: l.text("common.and")), "score": score])
    }

    static func noCounterfactual(_ l: Language) -> String { l.text("letter.noCounterfactual") }

    static func dataNote(_ l: Language) -> String { l.text("letter.dataNote") }

    static func objection(logID: Int64, _ l: Language) -> String { l.text("letter.objection", ["id": Int(logID)]) }

    static func signature(_ l: Language) -> String { l.text("letter.signature") }

    private static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(format: "%.1f", hours)
    }

    static func criterion(_ criterion: RankingCriterion, _ l: Language) -> String {
        l.text("letter.criterion.\(criterion.rawValue)")
    }
}
