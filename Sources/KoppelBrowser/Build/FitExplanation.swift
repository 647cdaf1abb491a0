import Foundation
import KoppelEngine

/// "Why the fit score is what it is": the total, eligibility, and one line per criterion
/// whose points add up exactly to the total.
enum FitExplanation {
    static func paragraphs(_ result: RankingResult) -> [BrowserDetail.Paragraph] {
        var head = [BrowserSegment("Fit \(result.score) of 100", .emphasis)]
        if result.eligible {
            head.append(BrowserSegment(" · eligible", .good))
        } else {
            let reasons = result.reasons.map(reasonText).joined(separator: "; ")
            head.append(BrowserSegment(" · not eligible: \(reasons)", .bad))
        }
        for flag in result.flags {
            head.append(BrowserSegment(flag == .careerMove ? " · career move" : " · far below own scale", .partial))
        }
        var paragraphs = [BrowserDetail.Paragraph(head, hangingIndent: 2)]
        // Criteria without data on either side score 0; they share one line.
        let noData = result.components.filter { $0.points.hundredths == 0 && $0.detail.hasPrefix("no data") }
        for component in result.components where !noData.contains(component) {
            let label = DisplayWidth.fit(criterionLabel(component.criterion), to: 13)
            let points = DisplayWidth.fit(component.points.description, to: 6, alignRight: true)
            let max = component.max.hundredths % 100 == 0 ? String(component.max.hundredths / 100) : component.max.description
            let prefix = "  \(label) \(points) of \(DisplayWidth.fit(max, to: 3))  "
            paragraphs.append(
                BrowserDetail.Paragraph(
                    [BrowserSegment(prefix, component.points.hundredths > 0 ? .plain : .dim), BrowserSegment(component.detail)],
                    hangingIndent: DisplayWidth.of(prefix)))
        }
        if !noData.isEmpty {
            let names = noData.map { criterionLabel($0.criterion) }.joined(separator: ", ")
            paragraphs.append(BrowserDetail.Paragraph("  0 points, no data: \(names)", .dim, hangingIndent: 4))
        }
        return paragraphs
    }

    static func criterionLabel(_ criterion: RankingCriterion) -> String {
        switch criterion {
        case .mustSkills: "must skills"
        case .mustCredentials: "credentials"
        case .niceSkills: "skills"
        case .domainExperience: "domain"
        case .workingLevel: "working level"
        case .scaleFit: "scale"
        case .hours: "hours"
        case .commute: "commute"
        case .availability: "availability"
        case .wishes: "wishes"
        }
    }

    static func reasonText(_ reason: RankingReason) -> String {
        let subject = reason.subject ?? ""
        switch reason.code {
        case .missingMustSkill: return "lacks must-have skill \(subject)"
        case .missingMustCredential: return "lacks credential \(subject)"
        case .expiredMustCredential: return "credential \(subject) expired"
        case .workingLevelBelowRequired: return "working level too low"
        case .noHoursOverlap: return "hours do not fit"
        case .notAvailableByStart: return "not available by the start"
        case .commuteBeyondLimit: return "beyond own commute limit"
        case .beyondMaxKm: return "beyond the search radius"
        case .distanceUnknown: return "distance unknown"
        default: return reason.code.rawValue
        }
    }

    /// "12.3 km" or "–".
    static func kilometres(_ distance: Double?) -> String {
        guard let distance else { return "–" }
        return String(format: "%.1f\u{00A0}km", distance)
    }

    /// "36 h" or "–".
    static func hours(_ hours: Double?) -> String {
        guard let hours else { return "–" }
        // A no-break space keeps "36 h" together when the detail pane wraps.
        return (hours == hours.rounded() ? String(Int(hours)) : String(format: "%.1f", hours)) + "\u{00A0}h"
    }
}
