extension OfferConditions {
    static let agency: [String: OfferCondition] = [
        "individual_recruiter": { c in
            switch c.answers.offeredBy {
            case .person: .raised()
            case .company: .notRaised
            default: .unjudged([.offeredBy])
            }
        },
        "unlicensed_agency": { c in
            let a = c.answers
            if a.offeredBy == .person { return .notRaised }  // individual_recruiter says it
            if a.licenceShown == .no { return .raised() }
            if a.licenceShown == .yes || a.isAnswered(.licenceNumber) { return .notRaised }
            return .unjudged(a.offeredBy.isKnown ? [.licenceShown] : [.offeredBy, .licenceShown])
        },
        "unknown_agency": { c in
            switch registryOutcome(c) {
            case .judged(.notInRegistry):
                return .raised(details: [givenIdentity(c.answers)])
            case .judged(.listed): return .notRaised
            case .notApplicable: return .notRaised
            case .open(let questions): return .unjudged(questions)
            }
        },
        "revoked_or_suspended_agency": { c in
            switch registryOutcome(c) {
            case .judged(.listed(let agency)):
                guard let problem = agency.licenceProblem(on: c.day) else { return .notRaised }
                return .raised(details: [problem.text(agency)])
            case .judged(.notInRegistry), .notApplicable: return .notRaised
            case .open(let questions): return .unjudged(questions)
            }
        },
    ]

    private enum RegistryOutcome {
        case judged(AgencyStatus)
        /// No agency to look up: an individual, or a company that showed no licence (flagged apart).
        case notApplicable
        case open([OfferQuestion])
    }

    private static func registryOutcome(_ c: CheckContext) -> RegistryOutcome {
        let a = c.answers
        if a.offeredBy == .person { return .notApplicable }
        if let status = c.agency { return .judged(status) }
        let hasName = a.isAnswered(.companyName), hasNumber = a.isAnswered(.licenceNumber)
        if a.licenceShown == .no, !hasName { return .notApplicable }
        // Answered but not looked up: nothing for the person to add, the caller must consult the registry.
        if hasName || hasNumber { return .open([]) }
        return .open([.companyName, .licenceNumber])
    }

    private static func givenIdentity(_ a: OfferAnswers) -> OfferText {
        let name = a.companyName ?? "—", number = a.licenceNumber ?? "—"
        return OfferText(id: "Yang diberikan: nama \"\(name)\", nomor SIP3MI \"\(number)\".",
                         en: "Given: name \"\(name)\", SIP3MI number \"\(number)\".")
    }
}
