import Foundation
import KoppelEngine

/// "Why the fit score is what it is": the total, eligibility, and one line per criterion
/// whose points add up exactly to the total.
enum FitExplanation {
    static func paragraphs(_ result: RankingResult, _ language: Language) -> [BrowserDetail.Paragraph] {
        var head = [BrowserSegment(language.text("browser.fit.total", ["score": language.decimal(result.score.description)]), .emphasis)]
        if result.eligible {
            head.append(BrowserSegment(language.text("browser.fit.eligible"), .good))
        } else {
            let reasons = result.reasons.map { language.reason($0.code, subject: $0.subject) }.joined(separator: "; ")
            head.append(BrowserSegment(language.text("browser.fit.notEligible", ["reasons": reasons]), .bad))
        }
        for flag in result.flags {
            head.append(BrowserSegment(" · " + language.text("flag.\(flag.rawValue)"), .partial))
        }
        var paragraphs = [BrowserDetail.Paragraph(head, hangingIndent: 2)]
        // Criteria without data on either side score 0; they share one line.
        let noData = result.components.filter { $0.points.hundredths == 0 && !$0.hasData }
        for component in result.components where !noData.contains(component) {
            let label = DisplayWidth.fit(criterionLabel(component.criterion, language), to: 13)
            let points = DisplayWidth.fit(language.decimal(component.points.description), to: 6, alignRight: true)
            let max = component.max.hundredths % 100 == 0 ? String(component.max.hundredths / 100) : language.decimal(component.max.description)
            let prefix = "  \(label) \(points) " + language.text("browser.fit.of", ["max": DisplayWidth.fit(max, to: 3)]) + "  "
            paragraphs.append(
                BrowserDetail.Paragraph(
                    [BrowserSegment(prefix, component.points.hundredths > 0 ? .plain : .dim), BrowserSegment(component.detail)],
                    hangingIndent: DisplayWidth.of(prefix)))
        }
        if !noData.isEmpty {
            let names = noData.map { criterionLabel($0.criterion, language) }.joined(separator: ", ")
            paragraphs.append(BrowserDetail.Paragraph("  " + language.text("browser.fit.noData", ["names": names]), .dim, hangingIndent: 4))
        }
        return paragraphs
    }

    /// A criterion's short name, to fit the detail pane's column.
    static func criterionLabel(_ criterion: RankingCriterion, _ language: Language) -> String {
        language.text("browser.criterion.\(criterion.rawValue)")
    }

    /// "12.3 km" ("12,3 km") or "–".
    static func kilometres(_ distance: Double?, _ language: Language) -> String {
        guard let distance else { return "–" }
        return language.decimal(String(format: "%.1f", distance)) + "\u{00A0}km"
    }

    /// "36 h" ("36 uur") or "–".
    static func hours(_ hours: Double?, _ language: Language) -> String {
        guard let hours else { return "–" }
        // A no-break space keeps "36 h" together when the detail pane wraps.
        let number = hours == hours.rounded() ? String(Int(hours)) : language.decimal(String(format: "%.1f", hours))
        return language.text("browser.hours", ["hours": number])
    }
}
