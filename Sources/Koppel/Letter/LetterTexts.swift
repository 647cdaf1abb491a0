import Foundation
import KoppelEngine

/// Every human text of a letter to a person, in plain Dutch (B1) and English, in one place
/// (for the text catalogue of issue 15).
enum LetterTexts {
    static func title(_ l: Language) -> String {
        l == .nl ? "Uitleg over een beslissing" : "About a decision"
    }

    static func greeting(_ name: String, _ l: Language) -> String {
        l == .nl ? "Beste \(name)," : "Dear \(name),"
    }

    static func decided(at: String, actor: String, vacancy: String, employer: String, _ l: Language) -> String {
        l == .nl
            ? "Op \(at) (UTC) zocht \(actor) met koppel kandidaten voor de vacature \"\(vacancy)\" bij \(employer). koppel maakte een lijst; een adviseur beslist wie wordt benaderd."
            : "On \(at) (UTC) \(actor) used koppel to look for candidates for the vacancy \"\(vacancy)\" at \(employer). koppel made a list; an adviser decides whom to contact."
    }

    static func placed(rank: Int, of top: Int, _ l: Language) -> String {
        l == .nl ? "U stond op plaats \(rank). U hoorde bij de eerste \(top): u stond op de korte lijst."
            : "You were number \(rank), among the first \(top): you were on the shortlist."
    }

    static func notPlaced(rank: Int?, top: Int, _ l: Language) -> String {
        switch (l, rank) {
        case (.nl, let rank?): "U stond op plaats \(rank). De korte lijst had \(top) plaatsen: u stond er niet op."
        case (.nl, nil): "U stond niet bij de eerste \(top) van de lijst: u stond niet op de korte lijst."
        case (_, let rank?): "You were number \(rank). The shortlist had \(top) places: you were not on it."
        case (_, nil): "You were not among the first \(top) of the list: you were not on the shortlist."
        }
    }

    static func score(_ points: String, _ l: Language) -> String {
        l == .nl ? "Uw score was \(points) van de 100 punten. Zo is die opgebouwd:" : "Your score was \(points) of 100 points, made up as follows:"
    }

    static func component(_ name: String, points: String, max: String, noData: Bool, _ l: Language) -> String {
        let tail = noData ? (l == .nl ? " (geen gegevens: dan krijgt u geen punten)" : " (no data: no points are given)") : ""
        return "- \(name): \(points) \(l == .nl ? "van" : "of") \(max)\(tail)"
    }

    static func missedHeader(_ l: Language) -> String {
        l == .nl ? "U voldeed niet aan deze eisen:" : "You did not meet these requirements:"
    }

    static func noneMissed(_ l: Language) -> String {
        l == .nl ? "U voldeed aan alle harde eisen." : "You met every hard requirement."
    }

    static func reason(_ code: RankingReasonCode, subject: String?, _ l: Language) -> String {
        let s = subject ?? ""
        switch (code, l) {
        case (.missingMustSkill, .nl): return "de vaardigheid \(s) staat niet in uw profiel"
        case (.missingMustSkill, _): return "your profile does not have the skill \(s)"
        case (.missingMustCredential, .nl): return "het certificaat of diploma \(s) staat niet in uw profiel"
        case (.missingMustCredential, _): return "your profile does not have the credential \(s)"
        case (.expiredMustCredential, .nl): return "uw certificaat \(s) was verlopen"
        case (.expiredMustCredential, _): return "your credential \(s) had expired"
        case (.workingLevelBelowRequired, .nl): return "uw werk- en denkniveau is lager dan gevraagd"
        case (.workingLevelBelowRequired, _): return "your working level is below the one asked"
        case (.noHoursOverlap, .nl): return "de uren die u wilt werken passen niet bij de vacature"
        case (.noHoursOverlap, _): return "the hours you want to work do not fit the vacancy"
        case (.notAvailableByStart, .nl): return "u bent pas later beschikbaar dan de vacature begint"
        case (.notAvailableByStart, _): return "you are available only after the vacancy starts"
        case (.commuteBeyondLimit, .nl): return "de afstand is groter dan de reisafstand die u opgaf"
        case (.commuteBeyondLimit, _): return "the distance is more than the commute you gave"
        case (.beyondMaxKm, .nl): return "de afstand is groter dan de adviseur als grens koos"
        case (.beyondMaxKm, _): return "the distance is more than the limit the adviser chose"
        case (.distanceUnknown, .nl): return "uw woonplaats of de plaats van de vacature is niet bekend"
        case (.distanceUnknown, _): return "your home or the vacancy's place is not known"
        default: return code.rawValue
        }
    }

    static func change(_ change: RankingCounterfactual.Change, label: (String) -> String, _ l: Language) -> String {
        switch (change, l) {
        case (.addSkill(let s), .nl): "de verplichte vaardigheid \(label(s)) in uw profiel"
        case (.addSkill(let s), _): "the required skill \(label(s)) in your profile"
        case (.addCredential(let c), .nl): "een geldig certificaat \(label(c))"
        case (.addCredential(let c), _): "a valid credential \(label(c))"
        case (.workingLevel(let n), .nl): "werk- en denkniveau \(n) (NLQF)"
        case (.workingLevel(let n), _): "working level \(n) (NLQF)"
        case (.maxCommuteKm(let km), .nl): "een reisafstand tot \(km) km"
        case (.maxCommuteKm(let km), _): "a maximum commute of \(km) km"
        case (.availableFrom(let day), .nl): "beschikbaar vanaf \(day)"
        case (.availableFrom(let day), _): "being available from \(day)"
        case (.hours(let h), .nl): "\(hoursText(h)) uur per week"
        case (.hours(let h), _): "\(hoursText(h)) hours a week"
        case (.addNiceSkill(let s), .nl): "de gewenste vaardigheid \(label(s)) in uw profiel"
        case (.addNiceSkill(let s), _): "the wished-for skill \(label(s)) in your profile"
        }
    }

    static func counterfactual(_ changes: [String], score: String, _ l: Language) -> String {
        let list = changes.joined(separator: l == .nl ? " en " : " and ")
        return l == .nl
            ? "Wat had u op de korte lijst gezet? Met \(list) was uw score \(score) geweest, genoeg voor de korte lijst. koppel heeft dit nagerekend."
            : "What would have put you on the shortlist? With \(list) your score would have been \(score), enough for the shortlist. koppel computed this by scoring again."
    }

    static func noCounterfactual(_ l: Language) -> String {
        l == .nl
            ? "Geen kleine verandering (tot drie stappen) in uw profiel had u op de korte lijst gezet."
            : "No small change (up to three steps) to your profile would have put you on the shortlist."
    }

    static func dataNote(_ l: Language) -> String {
        l == .nl
            ? "koppel gebruikt geen leeftijd, geslacht, afkomst of gezondheid. De punten zijn berekend met uw profiel zoals het nu is."
            : "koppel uses no age, gender, origin or health. The points are computed from your profile as it is now."
    }

    static func objection(logID: Int64, _ l: Language) -> String {
        l == .nl
            ? """
              Bent u het er niet mee eens? U mag bezwaar maken en vragen dat een mens de beslissing opnieuw bekijkt \
              (AVG artikel 22, AI-verordening artikel 86). Schrijf of mail uw adviseur of de functionaris gegevensbescherming \
              van uw werkgever, binnen zes weken. Noem het nummer \(logID). U kunt ook uw profiel laten verbeteren.
              """
            : """
              Do you disagree? You may object and ask that a person looks at the decision again (GDPR article 22, \
              AI Act article 86). Write to your adviser or your employer's data protection officer within six weeks, \
              quoting number \(logID). You may also have your profile corrected.
              """
    }

    static func signature(_ l: Language) -> String {
        l == .nl ? "Met vriendelijke groet,\nTwentse Kracht" : "Kind regards,\nTwentse Kracht"
    }

    private static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(format: "%.1f", hours)
    }

    static func criterion(_ criterion: RankingCriterion, _ l: Language) -> String {
        if l == .nl { return RegisterTexts.criterionName(criterion) }
        return switch criterion {
        case .mustSkills: "required skills"
        case .mustCredentials: "required credentials"
        case .niceSkills: "wished-for skills"
        case .domainExperience: "experience in the field"
        case .workingLevel: "working level"
        case .scaleFit: "fitting salary scale"
        case .hours: "hours"
        case .commute: "commute"
        case .availability: "availability"
        case .wishes: "your own wishes"
        }
    }
}
