import OfferCheck

/// The API's answer to a check: the checker's result as the contract documents it (its keys at
/// the top level), and beside it what the register said about the company and the published
/// warnings the offer matches.
struct OfferCheckBody: Encodable {
    let outcome: OfferCheckOutcome

    init(_ outcome: OfferCheckOutcome) { self.outcome = outcome }

    struct Register: Encodable {
        let lookedUpBy: RegisterWord.LookedUpBy?
        let status: String
        let licenceWellFormed: Bool?
        let agency: LicensedAgency?
        let licenceProblem: String?
        let similar: [LicensedAgency]

        enum CodingKeys: String, CodingKey {
            case status, agency, similar
            case lookedUpBy = "looked_up_by"
            case licenceWellFormed = "licence_well_formed"
            case licenceProblem = "licence_problem"
        }
    }

    struct Warning: Encodable {
        let warning: PublishedWarning
        let matchedOn: [WarningMatch.Field]

        func encode(to encoder: any Encoder) throws {
            try warning.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(matchedOn, forKey: .matchedOn)
        }

        enum Key: String, CodingKey { case matchedOn = "matched_on" }
    }

    enum Key: String, CodingKey {
        case register
        case publishedWarnings = "published_warnings"
    }

    func encode(to encoder: any Encoder) throws {
        try outcome.result.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        let w = outcome.register
        let status = w.lookedUpBy == nil ? "not_looked_up" : (w.agency == nil ? "not_in_registry" : "listed")
        try c.encode(Register(lookedUpBy: w.lookedUpBy, status: status, licenceWellFormed: w.licenceWellFormed, agency: w.agency,
                              licenceProblem: w.licenceProblem.map(Self.code), similar: w.similar.map(\.agency)), forKey: .register)
        try c.encode(outcome.warnings.map { Warning(warning: $0.warning, matchedOn: $0.matchedOn) }, forKey: .publishedWarnings)
    }

    static func code(_ p: LicenceProblem) -> String {
        switch p {
        case .revoked: "revoked"
        case .suspended: "suspended"
        case .expired: "expired"
        case .notYetIssued: "not_yet_issued"
        }
    }
}
