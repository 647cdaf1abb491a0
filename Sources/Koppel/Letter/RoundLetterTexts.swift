import Foundation
import KoppelEngine

/// Every human text of a letter about a placement round, in plain Dutch (B1) and English;
/// the title, greeting, data note, objection and signature are ``LetterTexts``'.
enum RoundLetterTexts {
    static func decided(at: String, actor: String, rotation: Rotation, cohort: String, acceptedBecause reason: String?, _ l: Language) -> String {
        let period = l.text("roundLetter.period", ["start": l.longDate(rotation.start), "end": l.longDate(rotation.end)])
        var arguments: [String: any TextArgument] = [
            "at": at, "actor": actor, "number": rotation.number, "cohort": cohort, "period": period, "fair": l.text("roundLetter.fair"),
        ]
        guard let reason else { return l.text("roundLetter.proposed", arguments) }
        arguments["reason"] = reason
        return l.text("roundLetter.accepted", arguments)
    }

    static func placed(title: String, employer: String, choice: Int?, of listed: Int, _ l: Language) -> String {
        guard let choice else { return l.text("roundLetter.placed", ["title": title, "employer": employer]) }
        return l.text("roundLetter.placedChoice", ["title": title, "employer": employer, "choice": choice, "listed": listed])
    }

    static func notPlaced(_ l: Language) -> String { l.text("roundLetter.notPlaced") }

    static func changedSince(_ l: Language) -> String { l.text("roundLetter.changedSince") }

    static func choicesHeader(_ l: Language) -> String { l.text("roundLetter.choicesHeader") }

    static func noChoices(_ l: Language) -> String { l.text("roundLetter.noChoices") }

    /// One listed placement and how it went.
    enum Status {
        case got
        case notNeeded
        case excluded
        case notRanked
        case noPlaces
        case ranked(rank: Int, of: Int, places: Int, lastTaken: Int?)
    }

    static func choice(_ number: Int, title: String, employer: String, _ status: Status, derivedScore: String?, _ l: Language) -> String {
        let how: String
        switch status {
        case .got: how = l.text("roundLetter.how.got")
        case .notNeeded: how = l.text("roundLetter.how.notNeeded")
        case .excluded: how = l.text("roundLetter.how.excluded")
        case .notRanked: how = l.text("roundLetter.how.notRanked")
        case .noPlaces: how = l.text("roundLetter.how.noPlaces")
        case .ranked(let rank, let of, let places, let last):
            let taken = last.map { l.text(places == 1 ? "roundLetter.how.takenOne" : "roundLetter.how.takenLast", ["rank": $0]) } ?? ""
            how = l.text(places == 1 ? "roundLetter.how.rankedOne" : "roundLetter.how.ranked", ["rank": rank, "of": of, "places": places, "taken": taken])
        }
        let derived = derivedScore.map { l.text("roundLetter.derived", ["score": $0]) } ?? ""
        return l.text("roundLetter.choice", ["number": number, "title": title, "employer": employer, "how": how, "derived": derived])
    }

    static func counterfactual(title: String, employer: String, needed: Int, was: Int?, _ l: Language) -> String {
        let before = was.map { l.text("roundLetter.wasRanked", ["rank": $0]) } ?? l.text("roundLetter.wasNotRanked")
        return l.text("roundLetter.counterfactual", ["title": title, "employer": employer, "needed": needed, "before": before])
    }

    static func noCounterfactual(_ l: Language) -> String { l.text("roundLetter.noCounterfactual") }

    static func firstChoice(_ l: Language) -> String { l.text("roundLetter.firstChoice") }

    static func ownListNote(_ l: Language) -> String { l.text("roundLetter.ownListNote") }
}
