import GRDB
import KoppelEngine

/// Everything a placement round reads from the store for one rotation.
struct RoundData {
    var rotation: Rotation
    var placements: [HostPlacement]
    var trainees: [Trainee]
    var traineeRankings: [String: [String]]
    var hostRankings: [String: [String]]
    /// Per trainee, the employers of their other rotations (final assignments).
    var history: [String: Set<String>]
    /// Per trainee, the proposed or final assignment in this rotation.
    var assignments: [String: (placement: String, status: String)]

    static func load(_ rotationID: String, _ db: Database) throws -> RoundData {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM rotation WHERE id = ?", arguments: [rotationID]) else {
            throw StoreError(.notFound, text: "store.noRotation", ["id": rotationID])
        }
        let rotation = Rotation(
            id: row["id"], cohort: row["cohort"], number: row["number"], start: Day(row["start"])!, end: Day(row["end"])!)
        var skills: [String: [String]] = [:]
        for skill in try Row.fetchAll(db, sql: """
            SELECT placement, skill FROM placement_skill WHERE placement IN (SELECT id FROM placement WHERE rotation = ?)
            ORDER BY placement, skill
            """, arguments: [rotationID]) {
            skills[skill[0], default: []].append(skill[1])
        }
        let placements = try Row.fetchAll(db, sql: "SELECT * FROM placement WHERE rotation = ? ORDER BY id", arguments: [rotationID]).map { row in
            HostPlacement(
                id: row["id"], rotation: row["rotation"], employer: row["employer"], title: row["title"], domain: row["domain"],
                capacity: row["capacity"], mentor: row["mentor"], hoursPerWeek: row["hours_per_week"],
                skills: skills[row["id"]] ?? [], description: row["description"])
        }
        let trainees = try Row.fetchAll(db, sql: "SELECT * FROM trainee WHERE cohort = ? ORDER BY id", arguments: [rotation.cohort]).map {
            Trainee(id: $0["id"], person: $0["person"], cohort: $0["cohort"])
        }
        var traineeRankings: [String: [String]] = [:]
        for ranking in try Row.fetchAll(db, sql: "SELECT trainee, placement FROM trainee_ranking WHERE rotation = ? ORDER BY trainee, rank", arguments: [rotationID]) {
            traineeRankings[ranking[0], default: []].append(ranking[1])
        }
        var hostRankings: [String: [String]] = [:]
        for ranking in try Row.fetchAll(db, sql: """
            SELECT placement, trainee FROM host_ranking WHERE placement IN (SELECT id FROM placement WHERE rotation = ?)
            ORDER BY placement, rank
            """, arguments: [rotationID]) {
            hostRankings[ranking[0], default: []].append(ranking[1])
        }
        var history: [String: Set<String>] = [:]
        for earlier in try Row.fetchAll(db, sql: """
            SELECT a.trainee, p.employer FROM assignment a JOIN placement p ON p.id = a.placement
            WHERE a.rotation <> ? AND a.status = 'final' AND a.trainee IN (SELECT id FROM trainee WHERE cohort = ?)
            """, arguments: [rotationID, rotation.cohort]) {
            history[earlier[0], default: []].insert(earlier[1])
        }
        var assignments: [String: (String, String)] = [:]
        for assignment in try Row.fetchAll(db, sql: "SELECT trainee, placement, status FROM assignment WHERE rotation = ?", arguments: [rotationID]) {
            assignments[assignment[0]] = (assignment[1], assignment[2])
        }
        return RoundData(
            rotation: rotation, placements: placements, trainees: trainees, traineeRankings: traineeRankings,
            hostRankings: hostRankings, history: history, assignments: assignments)
    }
}
