import Koppel

/// Model values turned into import records, so the demo writes through the same validated
/// path as `koppel import`.
extension RawRecord {
    package init(_ fields: [String: String?], lists: [String: [String]] = [:]) {
        var values: [String: RawValue] = [:]
        for (name, value) in fields { if let value { values[name] = .text(value) } }
        for (name, items) in lists { values[name] = .list(items) }
        self.init(line: 0, values: values)
    }
}

extension Person {
    var record: RawRecord {
        RawRecord(
            [
                "id": id, "display_name": displayName, "employer": employer, "job_title": jobTitle,
                "scale": scale?.description, "hours_per_week": hoursPerWeek?.plain, "nlqf": nlqf.map(String.init),
                "home_place": homePlace, "home_lat": home.map { $0.latitude.plain }, "home_lon": home.map { $0.longitude.plain },
                "max_commute_km": maxCommuteKm?.plain, "wish_scale_min": wishes.scaleMin?.description,
                "wish_scale_max": wishes.scaleMax?.description, "wish_hours_min": wishes.hoursMin?.plain,
                "wish_hours_max": wishes.hoursMax?.plain, "available_from": availableFrom?.description,
                "visibility": visibility.rawValue, "consent_at": consentAt?.description, "updated_at": updatedAt?.description,
            ],
            lists: [
                "skills": skills.map { "\($0.skill)=\($0.level)" },
                "credentials": credentials.map { credential in credential.expires.map { "\(credential.code)=\($0)" } ?? credential.code },
                "domains": domains.map { "\($0.domain)=\($0.years.plain)" },
                "wish_domains": wishes.domains, "wish_employers": wishes.employers,
                "wish_moves": wishes.moves.map(\.rawValue),
            ])
    }
}

extension Vacancy {
    var record: RawRecord {
        RawRecord(
            [
                "id": id, "employer": employer, "title": title, "domain": domain, "scale_min": scaleMin?.description,
                "scale_max": scaleMax?.description, "hours_min": hoursMin?.plain, "hours_max": hoursMax?.plain,
                "nlqf": nlqf.map(String.init), "place": place, "lat": location.map { $0.latitude.plain },
                "lon": location.map { $0.longitude.plain }, "opens": opens?.description, "closes": closes?.description,
                "start_date": startDate?.description, "description": description, "status": "open",
            ],
            lists: [
                "must_skills": mustSkills, "nice_skills": niceSkills.map { "\($0.skill)=\($0.weight.plain)" },
                "must_credentials": mustCredentials,
            ])
    }
}

extension Cohort {
    var record: RawRecord { RawRecord(["id": id, "name": name, "start": start.description]) }
}

extension Rotation {
    var record: RawRecord {
        RawRecord(["id": id, "cohort": cohort, "number": String(number), "start": start.description, "end": end.description])
    }
}

extension Trainee {
    var record: RawRecord { RawRecord(["id": id, "person": person, "cohort": cohort]) }
}

extension HostPlacement {
    var record: RawRecord {
        RawRecord(
            [
                "id": id, "rotation": rotation, "employer": employer, "title": title, "domain": domain,
                "capacity": String(capacity), "mentor": mentor, "hours_per_week": hoursPerWeek?.plain,
                "description": description,
            ],
            lists: ["skills": skills])
    }
}

extension Ranking {
    var traineeRecord: RawRecord { RawRecord(["trainee": owner, "rotation": rotation], lists: ["placements": ranked]) }
    var hostRecord: RawRecord { RawRecord(["placement": owner], lists: ["trainees": ranked]) }
}

extension Assignment {
    var record: RawRecord {
        RawRecord(["trainee": trainee, "rotation": rotation, "placement": placement, "status": status.rawValue])
    }
}

extension ExchangeRequest {
    var record: RawRecord {
        RawRecord(
            [
                "id": id, "person": person, "kind": kind.rawValue, "period_from": from.description,
                "period_to": to.description, "allow_scale_change": allowScaleChange ? "true" : "false", "status": "open",
            ],
            lists: ["wants": wants])
    }
}

extension StandInOffer {
    var record: RawRecord {
        RawRecord(
            [
                "id": id, "person": person, "hours_per_week": hoursPerWeek.plain, "period_from": from.description,
                "period_to": to.description, "consent_employee": consentEmployee ? "true" : "false",
                "consent_lender": consentLender ? "true" : "false",
            ],
            lists: ["roles": roles])
    }
}
