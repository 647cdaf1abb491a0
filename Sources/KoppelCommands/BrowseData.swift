import Koppel
import KoppelBrowser

/// Turns what the store loads for the browser into the browser's own values.
enum BrowseData {
    static func trainee(_ browse: TraineeBrowse) -> BrowserData {
        let rotation = browse.rotation
        let heading = tr("browse.traineeTitle", [
            "trainee": browse.trainee.id, "name": browse.person.displayName, "number": rotation.number,
            "rotation": rotation.id, "start": rotation.start, "end": rotation.end,
        ])
        let choices = browse.entries.map { entry in
            PlacementChoice(
                placement: entry.placement, employerName: entry.employer?.name ?? entry.placement.employer,
                domainName: entry.domain?.nameNL, fit: entry.fit, distanceKm: entry.distanceKm,
                skills: entry.skills.map(skill))
        }
        return BrowserData.traineeRanking(
            heading: heading, home: browse.person.homePlace, maxCommuteKm: browse.person.maxCommuteKm, placements: choices,
            savedRanking: browse.savedRanking, language: CLILanguage.current)
    }

    static func shortlist(_ browse: ShortlistBrowse, viewer: Viewer) -> BrowserData {
        let vacancy = browse.vacancy
        let asker = viewer == .nobody ? tr("browse.noViewer") : tr("browse.viewer", ["viewer": "\(viewer)"])
        let heading = tr("browse.shortlistTitle", [
            "vacancy": vacancy.id, "title": vacancy.title, "employer": browse.employer?.name ?? vacancy.employer, "asker": asker,
        ])
        let choices = browse.entries.map { entry in
            CandidateChoice(
                person: entry.person, employerName: entry.employer?.name ?? entry.person.employer, result: entry.result,
                distanceKm: entry.distanceKm, skills: entry.skills.map(skill))
        }
        var marks: [String: BrowserMark] = [:]
        for (person, mark) in browse.marks { marks[person] = browserMark(mark) }
        return BrowserData.shortlist(heading: heading, candidates: choices, marks: marks, language: CLILanguage.current)
    }

    static func skill(_ holding: SkillHolding) -> BrowserSkill {
        let status: BrowserSkill.Status =
            holding.held ? .held : holding.relatedHeld.map { .related($0) } ?? .missing
        return BrowserSkill(id: holding.skill, label: holding.label, status: status)
    }

    static func browserMark(_ mark: CandidateMark) -> BrowserMark {
        switch mark {
        case .contacted: .contacted
        case .notSuitable: .notSuitable
        }
    }

    static func candidateMark(_ mark: BrowserMark) -> CandidateMark {
        switch mark {
        case .contacted: .contacted
        case .notSuitable: .notSuitable
        }
    }
}
