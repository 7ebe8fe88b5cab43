import Foundation
import OfferCheck
import Store

/// Checks an offer the way the pages, the API and nothing else do: the rules in force on the
/// day in Jakarta, the company looked up in the register of licensed agencies, the published
/// warnings matched. The answers come in and go out with the result, never stored; a check that
/// counts (`record`) leaves only the keyed hashes of the phones, accounts and agencies it names,
/// with their kind and the day (`PublicSightingRepository`), for investigators' eyes only.
struct OfferCheckService: Sendable {
    let store: SimpulStore
    let checker: OfferChecker

    init(store: SimpulStore, rules: OfferRules = .shipped) {
        self.store = store
        checker = OfferChecker(rules: rules)
    }

    var rules: OfferRules { checker.rules }

    func check(_ answers: OfferAnswers, at now: Date = Date(), record: Bool = false) async throws -> OfferCheckOutcome {
        let register = try await store.offerRegister.current()
        let day = CalendarDay(now)
        if record { try await store.publicSightings.recordCheck(answers, on: day) }
        let status = register.agencies.status(for: answers)
        return OfferCheckOutcome(answers: answers, result: checker.check(answers, on: day, agency: status),
                                 register: RegisterWord(answers, registry: register.agencies, status: status, day: day),
                                 warnings: register.warnings.matches(answers))
    }
}

/// One check: the answers, the checker's result, the register's word and the warnings matched.
struct OfferCheckOutcome: Sendable {
    let answers: OfferAnswers
    let result: OfferCheckResult
    let register: RegisterWord
    let warnings: [WarningMatch]
}

/// What the register of licensed agencies says about the company an offer names.
struct RegisterWord: Sendable {
    enum LookedUpBy: String, Sendable, Codable {
        case licenceNumber = "licence_number"
        case name
    }

    /// Nil when there was nothing to look up (an offer from a person, or no name or number).
    let lookedUpBy: LookedUpBy?
    /// The number as given, and whether it has the shape of a licence number at all.
    let licenceNumber: String?
    let licenceWellFormed: Bool?
    let agency: LicensedAgency?
    /// Why the agency may not place workers on the day of the check; nil when it may.
    let licenceProblem: LicenceProblem?
    /// Names in the register like the one given, when the company was not found.
    let similar: [AgencyMatch]

    init(_ a: OfferAnswers, registry: AgencyRegistry, status: AgencyStatus?, day: CalendarDay) {
        let number = a.licenceNumber.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let name = a.companyName.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        lookedUpBy = status == nil ? nil : (number != nil ? .licenceNumber : .name)
        licenceNumber = status == nil ? nil : number
        licenceWellFormed = licenceNumber.map(LicenceNumber.isWellFormed)
        if case .listed(let found)? = status { agency = found } else { agency = nil }
        licenceProblem = agency?.licenceProblem(on: day)
        similar = status == .notInRegistry ? name.map { registry.matches(name: $0, limit: 3) } ?? [] : []
    }
}
