/// Every kind that `koppel import` and `koppel export` handle, in dependency order:
/// import a kind only after the kinds it refers to.
extension EntityKind {
    /// All kinds, in the order a full import must follow.
    public static let all: [EntityKind] = [
        employers, skills, persons, vacancies, cohorts, rotations, trainees, placements,
        traineeRankings, hostRankings, assignments, exchangeRequests, standinOffers,
    ]

    /// The kind with this command-line name.
    public static func named(_ name: String) -> EntityKind? { all.first { $0.name == name } }

    private static let employerRef = FieldType.reference(table: "employer", column: "code")
    private static let domainRef = FieldType.reference(table: "domain", column: "code")
    private static let skillRef = FieldType.reference(table: "skill", column: "id")
    private static let personRef = FieldType.reference(table: "person", column: "id")
    private static let traineeRef = FieldType.reference(table: "trainee", column: "id")
    private static let rotationRef = FieldType.reference(table: "rotation", column: "id")
    private static let placementRef = FieldType.reference(table: "placement", column: "id")
    private static let credentialRef = FieldType.reference(table: "credential_type", column: "id")
    private static let hours = FieldType.real(0...40)
    private static let latitude = FieldType.real(-90...90)
    private static let longitude = FieldType.real(-180...180)

    /// The employers kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let employers = EntityKind(
        name: "employers", summary: "public employers (code, name, kind, seat, coordinates, cao)",
        table: "employer", key: ["code"],
        fields: [
            Field(name: "code", type: .text, required: true),
            Field(name: "name", type: .text, required: true),
            Field(name: "kind", type: .oneOf(["gemeente", "veiligheidsregio", "belastingkantoor", "waterschap", "gemeenschappelijke regeling"]), required: true),
            Field(name: "kind_detail", type: .text),
            Field(name: "seat", type: .text, required: true),
            Field(name: "lat", type: latitude), Field(name: "lon", type: longitude),
            Field(name: "cbs_code", type: .text),
            Field(name: "cao", type: .text, required: true),
            Field(name: "approx_fte", type: .integer(0...1_000_000)),
            Field(name: "dissolved_year", type: .integer(1800...2200)),
            Field(name: "provenance", type: .text, defaultValue: ""),
        ],
        lists: [])

    /// The skills kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let skills = EntityKind(
        name: "skills", summary: "skills: ESCO (esco:<uuid>) or project-local (nl:<slug>)",
        table: "skill", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "label_nl", type: .text, required: true),
            Field(name: "label_en", type: .text, defaultValue: ""),
            Field(name: "esco_uri", type: .text),
            Field(name: "domain", type: domainRef, required: true),
            Field(name: "provenance", type: .text, defaultValue: ""),
        ],
        lists: [])

    /// The persons kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let persons = EntityKind(
        name: "persons", summary: "profiles: employer, job, scale, hours, skills, credentials, wishes",
        table: "person", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "display_name", type: .text, required: true),
            Field(name: "employer", type: employerRef, required: true),
            Field(name: "job_title", type: .text),
            Field(name: "scale", type: .scale),
            Field(name: "hours_per_week", type: hours),
            Field(name: "nlqf", type: .integer(1...8)),
            Field(name: "home_place", type: .text),
            Field(name: "home_lat", type: latitude), Field(name: "home_lon", type: longitude),
            Field(name: "max_commute_km", type: .real(0...1000)),
            Field(name: "wish_scale_min", type: .scale), Field(name: "wish_scale_max", type: .scale),
            Field(name: "wish_hours_min", type: hours), Field(name: "wish_hours_max", type: hours),
            Field(name: "available_from", type: .day),
            Field(name: "visibility", type: .oneOf(["public", "discreet"]), defaultValue: "public"),
            Field(name: "consent_at", type: .day),
            Field(name: "updated_at", type: .day),
        ],
        lists: [
            ListField(
                name: "skills", table: "person_skill", ownerColumns: ["person"],
                parts: [.init(column: "skill", type: skillRef, defaultValue: nil),
                        .init(column: "level", type: .integer(1...5), defaultValue: "3")],
                orderBy: "skill"),
            ListField(
                name: "credentials", table: "person_credential", ownerColumns: ["person"],
                parts: [.init(column: "credential", type: credentialRef, defaultValue: nil),
                        .init(column: "expires", type: .day, defaultValue: nil, optional: true)],
                orderBy: "credential"),
            ListField(
                name: "domains", table: "person_domain", ownerColumns: ["person"],
                parts: [.init(column: "domain", type: domainRef, defaultValue: nil),
                        .init(column: "years", type: .real(0...60), defaultValue: "0")],
                orderBy: "domain"),
            wish("wish_domains", kind: "domain", type: domainRef),
            wish("wish_employers", kind: "employer", type: employerRef),
            wish("wish_moves", kind: "move", type: .oneOf(["vacancy", "swap", "secondment", "stand-in"])),
        ],
        pairRules: [
            FieldPairRule("wish_scale_min", .notAbove, "wish_scale_max"),
            FieldPairRule("wish_hours_min", .notAbove, "wish_hours_max"),
            FieldPairRule("home_lat", .together, "home_lon"),
        ])

    private static func wish(_ name: String, kind: String, type: FieldType) -> ListField {
        ListField(
            name: name, table: "person_wish", ownerColumns: ["person"],
            parts: [.init(column: "value", type: type, defaultValue: nil)],
            fixed: [("kind", kind)], orderBy: "value")
    }

    /// The vacancies kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let vacancies = EntityKind(
        name: "vacancies", summary: "vacancies: employer, title, scale and hours ranges, must-haves",
        table: "vacancy", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "employer", type: employerRef, required: true),
            Field(name: "title", type: .text, required: true),
            Field(name: "domain", type: domainRef),
            Field(name: "scale_min", type: .scale), Field(name: "scale_max", type: .scale),
            Field(name: "hours_min", type: hours), Field(name: "hours_max", type: hours),
            Field(name: "nlqf", type: .integer(1...8)),
            Field(name: "place", type: .text),
            Field(name: "lat", type: latitude), Field(name: "lon", type: longitude),
            Field(name: "opens", type: .day), Field(name: "closes", type: .day),
            Field(name: "start_date", type: .day),
            Field(name: "description", type: .text, multiline: true),
            Field(name: "status", type: .oneOf(["open", "filled", "withdrawn"]), defaultValue: "open"),
        ],
        lists: [
            ListField(
                name: "must_skills", table: "vacancy_skill", ownerColumns: ["vacancy"],
                parts: [.init(column: "skill", type: skillRef, defaultValue: nil)],
                fixed: [("must", "1")], orderBy: "skill"),
            ListField(
                name: "nice_skills", table: "vacancy_skill", ownerColumns: ["vacancy"],
                parts: [.init(column: "skill", type: skillRef, defaultValue: nil),
                        .init(column: "weight", type: .real(0.1...10), defaultValue: "1")],
                fixed: [("must", "0")], orderBy: "skill"),
            ListField(
                name: "must_credentials", table: "vacancy_credential", ownerColumns: ["vacancy"],
                parts: [.init(column: "credential", type: credentialRef, defaultValue: nil)],
                orderBy: "credential"),
        ],
        pairRules: [
            FieldPairRule("scale_min", .notAbove, "scale_max"),
            FieldPairRule("hours_min", .notAbove, "hours_max"),
            FieldPairRule("opens", .notAbove, "closes"),
            FieldPairRule("lat", .together, "lon"),
        ])

    /// The cohorts kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let cohorts = EntityKind(
        name: "cohorts", summary: "trainee cohorts (id, name, start date)",
        table: "cohort", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "name", type: .text, required: true),
            Field(name: "start", type: .day, required: true),
        ],
        lists: [])

    /// The rotations kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let rotations = EntityKind(
        name: "rotations", summary: "rotations of a cohort (number, start, end)",
        table: "rotation", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "cohort", type: .reference(table: "cohort", column: "id"), required: true),
            Field(name: "number", type: .integer(1...6), required: true),
            Field(name: "start", type: .day, required: true),
            Field(name: "end", type: .day, required: true),
        ],
        lists: [],
        pairRules: [FieldPairRule("start", .before, "end")])

    /// The trainees kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let trainees = EntityKind(
        name: "trainees", summary: "trainees: the person's profile and cohort",
        table: "trainee", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "person", type: personRef, required: true),
            Field(name: "cohort", type: .reference(table: "cohort", column: "id"), required: true),
        ],
        lists: [])

    /// The placements kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let placements = EntityKind(
        name: "placements", summary: "trainee placements per rotation, with capacity and mentor",
        table: "placement", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "rotation", type: rotationRef, required: true),
            Field(name: "employer", type: employerRef, required: true),
            Field(name: "title", type: .text, required: true),
            Field(name: "domain", type: domainRef),
            Field(name: "capacity", type: .integer(0...100), required: true),
            Field(name: "mentor", type: .text),
            Field(name: "hours_per_week", type: hours),
            Field(name: "description", type: .text, multiline: true),
        ],
        lists: [
            ListField(
                name: "skills", table: "placement_skill", ownerColumns: ["placement"],
                parts: [.init(column: "skill", type: skillRef, defaultValue: nil)], orderBy: "skill")
        ])

    /// The traineeRankings kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let traineeRankings = EntityKind(
        name: "trainee-rankings", summary: "a trainee's ranked placements for a rotation",
        table: nil, key: ["trainee", "rotation"],
        fields: [
            Field(name: "trainee", type: traineeRef, required: true),
            Field(name: "rotation", type: rotationRef, required: true),
        ],
        lists: [
            ListField(
                name: "placements", table: "trainee_ranking", ownerColumns: ["trainee", "rotation"],
                parts: [.init(column: "placement", type: placementRef, defaultValue: nil)],
                rankColumn: "rank", orderBy: "rank")
        ])

    /// The hostRankings kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let hostRankings = EntityKind(
        name: "host-rankings", summary: "a host's ranked trainees for a placement",
        table: nil, key: ["placement"],
        fields: [Field(name: "placement", type: placementRef, required: true)],
        lists: [
            ListField(
                name: "trainees", table: "host_ranking", ownerColumns: ["placement"],
                parts: [.init(column: "trainee", type: traineeRef, defaultValue: nil)],
                rankColumn: "rank", orderBy: "rank")
        ])

    /// The assignments kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let assignments = EntityKind(
        name: "assignments", summary: "trainees' placements per rotation (proposed or final)",
        table: "assignment", key: ["trainee", "rotation"],
        fields: [
            Field(name: "trainee", type: traineeRef, required: true),
            Field(name: "rotation", type: rotationRef, required: true),
            Field(name: "placement", type: placementRef, required: true),
            Field(name: "status", type: .oneOf(["proposed", "final"]), defaultValue: "final"),
        ],
        lists: [])

    /// The exchangeRequests kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let exchangeRequests = EntityKind(
        name: "exchange-requests", summary: "job swap (functieruil) and secondment requests",
        table: "exchange_request", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "person", type: personRef, required: true),
            Field(name: "kind", type: .oneOf(["swap", "secondment"]), required: true),
            Field(name: "period_from", type: .day, required: true),
            Field(name: "period_to", type: .day, required: true),
            Field(name: "allow_scale_change", type: .bool, defaultValue: "false"),
            Field(name: "status", type: .oneOf(["open", "proposed", "done", "withdrawn"]), defaultValue: "open"),
        ],
        lists: [
            ListField(
                name: "wants", table: "exchange_want", ownerColumns: ["request"],
                parts: [.init(column: "position", type: .text, defaultValue: nil)],
                rankColumn: "rank", orderBy: "rank")
        ],
        pairRules: [FieldPairRule("period_from", .notAbove, "period_to")])

    /// The standinOffers kind of ``all`` (its ``name`` is the one `koppel import` and `koppel export` take).
    public static let standinOffers = EntityKind(
        name: "standin-offers", summary: "stand-in pool offers: roles, hours, period, consents",
        table: "standin_offer", key: ["id"],
        fields: [
            Field(name: "id", type: .text, required: true),
            Field(name: "person", type: personRef, required: true),
            Field(name: "hours_per_week", type: .real(0.5...40), required: true),
            Field(name: "period_from", type: .day, required: true),
            Field(name: "period_to", type: .day, required: true),
            Field(name: "consent_employee", type: .bool, defaultValue: "false"),
            Field(name: "consent_lender", type: .bool, defaultValue: "false"),
        ],
        lists: [
            ListField(
                name: "roles", table: "standin_role", ownerColumns: ["offer"],
                parts: [.init(column: "role", type: .text, defaultValue: nil)], orderBy: "role")
        ],
        pairRules: [FieldPairRule("period_from", .notAbove, "period_to")])
}
