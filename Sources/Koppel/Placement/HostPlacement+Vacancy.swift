import KoppelEngine

extension HostPlacement {
    /// The placement seen as a vacancy, so the ranking engine can score a trainee's fit:
    /// the placement's skills count as nice-to-have skills, the host's seat is the location,
    /// the rotation's start is the start date.
    public func asVacancy(host: Employer?, rotation: Rotation?) -> Vacancy {
        Vacancy(
            id: id, employer: employer, title: title, domain: domain, hoursMin: hoursPerWeek, hoursMax: hoursPerWeek,
            niceSkills: skills.map { WeightedSkill(skill: $0) }, place: host?.seat, location: host?.location,
            startDate: rotation?.start, description: description)
    }
}

