import Foundation
import KoppelEngine

/// Every human text of a letter about a placement round, in plain Dutch (B1) and English;
/// the title, greeting, data note, objection and signature are ``LetterTexts``'.
enum RoundLetterTexts {
    static func decided(at: String, actor: String, rotation: Rotation, cohort: String, acceptedBecause reason: String?, _ l: Language) -> String {
        let period = "\(l.longDate(rotation.start)) \(l == .nl ? "tot en met" : "to") \(l.longDate(rotation.end))"
        let fair = l == .nl
            ? "koppel zoekt een eerlijke verdeling: geen trainee en geen organisatie hadden samen liever een andere plek gehad, en binnen die regel krijgt elke trainee de beste plek die kan."
            : "koppel looks for a fair assignment: no trainee and organisation would both rather have been placed together, and within that rule every trainee gets the best place possible."
        if let reason {
            return l == .nl
                ? "Op \(at) (UTC) maakte \(actor) de plaatsing in rotatie \(rotation.number) van \(cohort) (\(period)) definitief, met als reden: \"\(reason)\". \(fair)"
                : "On \(at) (UTC) \(actor) made the placements of rotation \(rotation.number) of \(cohort) (\(period)) final, giving as reason: \"\(reason)\". \(fair)"
        }
        return l == .nl
            ? "Op \(at) (UTC) maakte \(actor) met koppel een voorstel voor de plaatsing in rotatie \(rotation.number) van \(cohort) (\(period)). \(fair) Een adviseur beslist of het voorstel definitief wordt."
            : "On \(at) (UTC) \(actor) used koppel to propose the placements of rotation \(rotation.number) of \(cohort) (\(period)). \(fair) An adviser decides whether the proposal becomes final."
    }

    static func placed(title: String, employer: String, choice: Int?, of listed: Int, _ l: Language) -> String {
        guard let choice else {
            return l == .nl ? "U kreeg de plek \"\(title)\" bij \(employer)." : "You were placed at \"\(title)\" at \(employer)."
        }
        return l == .nl
            ? "U kreeg de plek \"\(title)\" bij \(employer). Dat was uw keuze \(choice) van \(listed)."
            : "You were placed at \"\(title)\" at \(employer), your choice \(choice) of \(listed)."
    }

    static func notPlaced(_ l: Language) -> String {
        l == .nl ? "U kreeg in deze ronde geen plek." : "You were not placed in this round."
    }

    static func changedSince(_ l: Language) -> String {
        l == .nl
            ? "Let op: de gegevens zijn sinds deze beslissing veranderd. Met de gegevens van nu komt de ronde voor u anders uit. De uitleg hieronder gaat uit van de gegevens van nu."
            : "Note: the data changed since this decision. With the data of now the round comes out differently for you. The explanation below uses the data of now."
    }

    static func choicesHeader(_ l: Language) -> String {
        l == .nl ? "Uw keuzes, en hoe het daar ging:" : "Your choices, and how each went:"
    }

    static func noChoices(_ l: Language) -> String {
        l == .nl ? "U had geen plekken gekozen." : "You had not chosen any placement."
    }

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
        switch (status, l) {
        case (.got, .nl): how = "hier bent u geplaatst"
        case (.got, _): how = "you were placed here"
        case (.notNeeded, .nl): how = "niet nodig: u kreeg een plek die u liever had"
        case (.notNeeded, _): how = "not needed: you got a place you wanted more"
        case (.excluded, .nl): how = "niet meegenomen: u had al een rotatie bij deze organisatie"
        case (.excluded, _): how = "not used: you already had a rotation at this organisation"
        case (.notRanked, .nl): how = "de organisatie had u niet op haar lijst"
        case (.notRanked, _): how = "the organisation did not have you on its list"
        case (.noPlaces, .nl): how = "deze plek had in deze ronde geen plaatsen"
        case (.noPlaces, _): how = "this placement had no places in this round"
        case (.ranked(let rank, let of, let places, let last), .nl):
            let taken = last.map { places == 1 ? ", die ging naar de trainee op plaats \($0)" : "; de laatste trainee die er een plek kreeg, stond op plaats \($0)" } ?? ""
            how = "de organisatie zette u op plaats \(rank) van \(of); er \(places == 1 ? "was 1 plek" : "waren \(places) plekken")\(taken)"
        case (.ranked(let rank, let of, let places, let last), _):
            let taken = last.map { places == 1 ? ", which went to the trainee ranked \($0)" : "; the last trainee who got a place there was ranked \($0)" } ?? ""
            how = "the organisation ranked you \(rank) of \(of); it had \(places == 1 ? "1 place" : "\(places) places")\(taken)"
        }
        let derived = derivedScore.map {
            l == .nl
                ? " (de organisatie gaf zelf geen volgorde; koppel maakte die uit de scores; uw score was \($0) van de 100 punten)"
                : " (the organisation gave no order itself; koppel made one from the scores; your score was \($0) of 100 points)"
        } ?? ""
        return "\(number). \(title) \(l == .nl ? "bij" : "at") \(employer): \(how)\(derived)"
    }

    static func counterfactual(title: String, employer: String, needed: Int, was: Int?, _ l: Language) -> String {
        let before = was.map { l == .nl ? "u stond op plaats \($0)" : "you were ranked \($0)" }
            ?? (l == .nl ? "u stond er niet op" : "you were not on it")
        return l == .nl
            ? "Wat had u een plek gegeven die u liever had? Als \(employer) u voor \"\(title)\" op plaats \(needed) van haar lijst had gezet (\(before)), dan had u die plek gekregen. koppel heeft dit nagerekend door de ronde opnieuw te verdelen."
            : "What would have given you a place you wanted more? Had \(employer) put you at place \(needed) of its list for \"\(title)\" (\(before)), you would have been placed there. koppel computed this by solving the round again."
    }

    static func noCounterfactual(_ l: Language) -> String {
        l == .nl
            ? "Geen andere volgorde bij één organisatie had u een plek gegeven die u liever had."
            : "No other order at any one organisation would have given you a place you wanted more."
    }

    static func firstChoice(_ l: Language) -> String {
        l == .nl ? "U kreeg uw eerste keuze." : "You got your first choice."
    }

    static func ownListNote(_ l: Language) -> String {
        l == .nl
            ? "Een andere volgorde in uw eigen lijst had u geen betere plek gegeven: bij deze manier van verdelen is uw echte voorkeur opgeven altijd het beste voor u."
            : "Another order in your own list would not have given you a better place: with this way of assigning, giving your true preferences is always best for you."
    }
}
