/// The one access policy: what a viewer may see and do.
///
/// Every read of people's data goes through it — rankings, explanations, exports, the decision
/// log, replays, exchanges, stand-ins, rounds, the browser, data-access exports — and none of
/// them decides visibility on its own. Its core rule: a **discreet** profile is never seen by
/// advisers of its own employer, and without a viewer no discreet profile is seen at all.
///
/// | viewer | sees | may |
/// |---|---|---|
/// | adviser of E | public profiles, discreet profiles of other employers | rank for E's vacancies, book stand-ins for E |
/// | regional adviser | every profile | run and accept rounds, exchanges and bookings |
/// | trainee t | public profiles (their own data through their own screens) | rank placements of the coming rotation |
/// | auditor | the decision log, pseudonymised; audit reports (aggregates) | read, run audits |
/// | data steward | every profile | answer access requests, erase, export |
/// | nobody | public profiles | rank, without any discreet profile |
public struct AccessPolicy: Sendable, Hashable {
    public let viewer: Viewer

    public init(_ viewer: Viewer) {
        self.viewer = viewer
    }

    /// Which discreet profiles a ranking leaves out for this viewer.
    public enum DiscreetRule: Sendable, Hashable {
        /// Every profile may be shown.
        case showAll
        /// No discreet profile is shown.
        case hideAll
        /// The discreet profiles of this employer are not shown.
        case hideEmployer(String)
    }

    /// The rule for discreet profiles that follows from the viewer.
    public var discreetRule: DiscreetRule {
        switch viewer {
        case .regionalAdviser, .dataSteward: .showAll
        case .adviser(let employer): .hideEmployer(employer)
        case .nobody, .auditor, .trainee: .hideAll
        }
    }

    /// Whether the viewer may see a profile with this id, employer and visibility.
    public func maySee(person id: String, employer: String, visibility: Visibility) -> Bool {
        if visibility == .public { return true }
        switch discreetRule {
        case .showAll: return true
        case .hideAll: return false
        case .hideEmployer(let own): return employer != own
        }
    }

    /// Whether the viewer may see this profile.
    public func maySee(_ person: Person) -> Bool {
        maySee(person: person.id, employer: person.employer, visibility: person.visibility)
    }

    /// Whether the viewer may rank candidates for (or explain a score on) a vacancy of this
    /// employer: an adviser for their own employer's vacancies, a regional adviser for any,
    /// and nobody (who sees no discreet profile) for any.
    public func mayRankCandidates(forVacancyOf employer: String) -> Bool {
        switch viewer {
        case .adviser(let own): own == employer
        case .regionalAdviser, .nobody: true
        case .trainee, .auditor, .dataSteward: false
        }
    }

    /// Whether the viewer may rank vacancies for a person they may see (a career conversation).
    public var mayRankVacancies: Bool {
        switch viewer {
        case .adviser, .regionalAdviser, .nobody: true
        case .trainee, .auditor, .dataSteward: false
        }
    }

    /// Whether the viewer may run, scramble, report on and accept placement rounds: they
    /// involve every trainee of a rotation, so only a regional adviser.
    public var mayRunRounds: Bool { viewer == .regionalAdviser }

    /// Whether the viewer may search for exchanges (a proposal is shown without the groups
    /// that involve a profile the viewer may not see).
    public var mayFindExchanges: Bool {
        switch viewer {
        case .adviser, .regionalAdviser, .nobody: true
        case .trainee, .auditor, .dataSteward: false
        }
    }

    /// Whether the viewer may make final a decision that moves these people: only a regional
    /// adviser, and only one who may see every member.
    public func mayAccept(moving people: [Person]) -> Bool {
        viewer == .regionalAdviser && people.allSatisfy(maySee)
    }

    /// Whether the viewer may search the stand-in pool for a borrowing employer: an adviser
    /// for their own employer, a regional adviser for any, nobody (public profiles only).
    public func mayFindStandIns(for borrower: String) -> Bool {
        switch viewer {
        case .adviser(let own): own == borrower
        case .regionalAdviser, .nobody: true
        case .trainee, .auditor, .dataSteward: false
        }
    }

    /// Whether the viewer may record a borrowing employer's consent for a stand-in: an adviser
    /// of that employer, or a regional adviser, who may see the stand-in.
    public func mayBook(standIn person: Person, for borrower: String) -> Bool {
        switch viewer {
        case .adviser(let own): own == borrower && maySee(person)
        case .regionalAdviser: true
        default: false
        }
    }

    /// Whether the viewer may export records (profiles only as ``maySee(_:)`` allows).
    public var mayExport: Bool {
        switch viewer {
        case .adviser, .regionalAdviser, .dataSteward, .nobody: true
        case .trainee, .auditor: false
        }
    }

    /// Whether the viewer may answer an access request or erase a person: the data steward.
    public var mayAnswerAccessRequests: Bool { viewer == .dataSteward }

    /// Whether the viewer may run an impact audit or the DPIA monitor (`koppel audit`): the
    /// auditor and the regional adviser. Their reports hold aggregates only, never a person id
    /// and never a group below the minimum size, so no profile is shown to anyone.
    public var mayRunAudits: Bool {
        switch viewer {
        case .auditor, .regionalAdviser: true
        case .adviser, .trainee, .dataSteward, .nobody: false
        }
    }

    /// Whether the viewer may write a person a letter about a decision on a vacancy of this
    /// employer (AI Act art. 86, AVG art. 22): one who may see the person, and is the data
    /// steward, a regional adviser, or an adviser of the vacancy's employer.
    public func mayWriteLetter(about person: Person, forVacancyOf employer: String) -> Bool {
        guard maySee(person) else { return false }
        switch viewer {
        case .dataSteward, .regionalAdviser: return true
        case .adviser(let own): return own == employer
        case .auditor, .trainee, .nobody: return false
        }
    }

    /// Whether the viewer may write a trainee a letter about a placement round: one who may
    /// see the person, and is the data steward, a regional adviser (who runs rounds), or the
    /// trainee themselves.
    public func mayWriteRoundLetter(about person: Person, trainee: String) -> Bool {
        guard maySee(person) else { return false }
        switch viewer {
        case .dataSteward, .regionalAdviser: return true
        case .trainee(let id, let own): return id == trainee && own == person.id
        case .adviser, .auditor, .nobody: return false
        }
    }

    /// Whether the viewer may read the decision log at all.
    public var mayReadLog: Bool { true }

    /// Whether decision-log entries are shown to this viewer with pseudonyms instead of ids.
    public var pseudonymisesLog: Bool { viewer == .auditor }

    /// The viewers whose decision-log entries this viewer may read; nil for every entry.
    ///
    /// Regional advisers, auditors and data stewards read every entry; an adviser reads the
    /// decisions taken without a viewer or by advisers of their own employer; a trainee their
    /// own; nobody only those taken without a viewer. So an entry never shows an adviser what a
    /// wider view saw, and what is missing says nothing about any one person. Entries from
    /// before viewers were logged are read only by those who read every entry.
    public var readableEntryViewers: [Viewer]? {
        switch viewer {
        case .regionalAdviser, .auditor, .dataSteward: nil
        case .adviser(let own): [.nobody, .adviser(employer: own)]
        case .trainee: [viewer]
        case .nobody: [.nobody]
        }
    }

    /// Whether the viewer may read an entry taken for `entryViewer` (the logged text; nil for
    /// entries that recorded none).
    public func mayRead(entryTakenFor entryViewer: String?) -> Bool {
        guard let readable = readableEntryViewers else { return true }
        guard let entryViewer else { return false }
        return readable.contains { $0.description == entryViewer }
    }

    /// Whether the viewer sees stored decisions in full (no profile is hidden from them).
    public var seesEveryProfile: Bool { discreetRule == .showAll }
}

extension Viewer {
    /// Trainee viewers compare by trainee id: the person is resolved data, not identity.
    public static func == (a: Viewer, b: Viewer) -> Bool {
        switch (a, b) {
        case (.nobody, .nobody), (.regionalAdviser, .regionalAdviser), (.auditor, .auditor), (.dataSteward, .dataSteward): true
        case (.adviser(let x), .adviser(let y)): x == y
        case (.trainee(let x, _), .trainee(let y, _)): x == y
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}

extension AccessPolicy {
    /// The employer whose discreet profiles are hidden, for an adviser; nil otherwise.
    public var hiddenEmployer: String? {
        if case .hideEmployer(let employer) = discreetRule { return employer }
        return nil
    }
}
