extension OfferConditions {
    static let destination: [String: OfferCondition] = [
        "vague_or_scam_job": { c in
            guard let job = c.answers.job, job != .unknown else { return .unjudged([.job]) }
            guard c.hit("vague_jobs", job.rawValue) != nil else { return .notRaised }
            let l = c.label("job", job.rawValue)
            let scam = c.hit("scam_compound_destinations", c.answers.destinationCountry)
            return .raised(details: [OfferText(id: "Pekerjaan yang ditawarkan: \(l.id).", en: "Job offered: \(l.en).")],
                           lists: scam.map { [$0] } ?? [])
        },
        "destination_without_arrangement": { c in listed(c, "destinations_without_arrangement") },
        "scam_compound_destination": { c in listed(c, "scam_compound_destinations") },
        "household_work_moratorium": { c in
            let a = c.answers
            guard let country = a.destinationCountry else { return .unjudged([.destinationCountry]) }
            guard let hit = c.hit("household_moratorium_countries", country) else { return .notRaised }
            switch a.employerKind {
            case .privateHousehold: return .raised(lists: [hit])
            case .company: return .notRaised
            case nil, .unknown:
                guard let job = a.job, job != .unknown else { return .unjudged([.employerKind, .job]) }
                // These jobs are done in homes: with the employer unknown, a family is the employer.
                guard c.hit("household_jobs", job.rawValue) != nil else { return .unjudged([.employerKind]) }
                return .raised(details: [OfferText(
                    id: "Pemberi kerja belum diketahui; pekerjaan ini dilakukan di rumah tangga, maka dianggap untuk keluarga.",
                    en: "The employer is not known; this job is done in homes, so a family is taken as the employer.")],
                    lists: [hit])
            }
        },
    ]

    /// Raised when the destination is on the list on the day of the check.
    private static func listed(_ c: CheckContext, _ list: String) -> Judgement {
        guard let country = c.answers.destinationCountry else { return .unjudged([.destinationCountry]) }
        guard let hit = c.hit(list, country) else { return .notRaised }
        return .raised(lists: [hit])
    }
}
