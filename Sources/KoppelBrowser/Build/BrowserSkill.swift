import KoppelEngine

/// A skill a placement or vacancy asks for, and whether the person has it.
public struct BrowserSkill: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// The person has the skill.
        case held
        /// The person has a related skill (its label), which earns partial credit.
        case related(String)
        case missing
    }

    public var id: String
    public var label: String
    public var status: Status

    public init(id: String, label: String, status: Status) {
        self.id = id
        self.label = label
        self.status = status
    }

    /// `Skills: ✓ BAG · ~ WOZ (related: BAG) · ✗ GIS` as a detail paragraph.
    static func paragraph(_ skills: [BrowserSkill], heading: String, _ language: Language) -> BrowserDetail.Paragraph {
        var segments = [BrowserSegment(heading + ": ", .emphasis)]
        if skills.isEmpty { segments.append(BrowserSegment(language.text("browser.skills.none"), .dim)) }
        for (offset, skill) in skills.enumerated() {
            if offset > 0 { segments.append(BrowserSegment(" · ", .dim)) }
            switch skill.status {
            case .held: segments.append(BrowserSegment("✓ " + skill.label, .good))
            case .related(let other):
                segments.append(BrowserSegment("~ " + language.text("browser.skills.related", ["skill": skill.label, "other": other]), .partial))
            case .missing: segments.append(BrowserSegment("✗ " + skill.label, .bad))
            }
        }
        return BrowserDetail.Paragraph(segments, hangingIndent: DisplayWidth.of(heading) + 2)
    }
}
