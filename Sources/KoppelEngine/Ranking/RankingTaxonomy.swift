/// The parts of the ``Catalog`` ranking reads, compiled for look-ups: labels, related skills
/// (undirected, strongest first) and the shortest course per skill.
struct RankingTaxonomy: Sendable {
    struct Neighbor: Hashable, Sendable {
        var skill: String
        var permille: Int
    }

    let skillLabels: [String: String]
    let domainNames: [String: String]
    let credentialNames: [String: String]
    /// For each skill, its related skills with permille < 1000, strongest first, then by id.
    let neighbors: [String: [Neighbor]]
    /// For each skill, the course with the fewest days (then the smallest id).
    let courses: [String: Course]

    init(_ catalog: Catalog) {
        skillLabels = Dictionary(catalog.skills.map { ($0.id, $0.labelNL) }, uniquingKeysWith: { a, _ in a })
        domainNames = Dictionary(catalog.domains.map { ($0.id, $0.nameNL) }, uniquingKeysWith: { a, _ in a })
        credentialNames = Dictionary(catalog.credentials.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

        var strongest: [String: [String: Int]] = [:]
        for relation in catalog.relations where relation.from != relation.to {
            let permille = RankingRules.permille(strength: relation.strength)
            guard permille > 0 else { continue }
            strongest[relation.from, default: [:]][relation.to] = Swift.max(
                strongest[relation.from]?[relation.to] ?? 0, permille)
            strongest[relation.to, default: [:]][relation.from] = Swift.max(
                strongest[relation.to]?[relation.from] ?? 0, permille)
        }
        neighbors = strongest.mapValues { links in
            links.map { Neighbor(skill: $0.key, permille: $0.value) }
                .sorted { $0.permille != $1.permille ? $0.permille > $1.permille : $0.skill < $1.skill }
        }

        var best: [String: Course] = [:]
        for course in catalog.courses {
            if let current = best[course.skill],
                (current.days, current.id) <= (course.days, course.id)
            {
                continue
            }
            best[course.skill] = course
        }
        courses = best
    }

    func skillLabel(_ id: String) -> String { skillLabels[id] ?? id }
    func domainName(_ id: String) -> String { domainNames[id] ?? id }
    func credentialName(_ id: String) -> String { credentialNames[id] ?? id }

    /// The strongest related skill the person holds, if the exact one is not held.
    func related(to skill: String, heldBy held: Set<String>) -> Neighbor? {
        neighbors[skill]?.first { held.contains($0.skill) }
    }
}
