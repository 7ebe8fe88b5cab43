import Cases
import Testing
@testable import Coordination

/// A pinned date, written as the forms write it.
func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// The agencies of the scenarios: police who register the case, the social-affairs office that
/// receives referrals, LPSK, the prosecutor, and an agency with no part in the case.
enum Agencies {
    static let police = "polda-jatim"
    static let social = "dinsos-surabaya"
    static let lpsk = "lpsk"
    static let prosecutor = "kejari-surabaya"
    static let uninvolved = "uptd-ppa-ntt"
}

let consent = ConsentBasis(kind: .victimConsent, recordedOn: day("2026-03-01"), explanation: "Setuju dirujuk")

func healthReferral(victimID: String? = "victim-1", grants: Set<ReferralGrant> = [.caseSummary, .protectionTrack])
    throws(CoordinationError) -> Referral {
    try Referral.request(id: "ref-1", caseID: "case-1", victimID: victimID, from: Agencies.police, to: Agencies.social,
                         service: .healthRehabilitation, consent: consent, grants: grants,
                         requestedOn: day("2026-03-01"), dueOn: day("2026-03-08"))
}

extension Referral {
    /// Applies events in turn, each against the version the previous one produced.
    func applying(_ steps: [(ReferralEvent, String)], on date: CalendarDate = day("2026-03-02")) throws(CoordinationError) -> Referral {
        var r = self
        for (event, agency) in steps { r = try r.apply(event, by: agency, on: date, expectedVersion: r.version) }
        return r
    }
}

/// The error a throwing expression threw; nil when it succeeded. (Closures infer `any Error`,
/// so the cast is checked here rather than in every test.)
func coordinationError<T>(_ body: () throws -> T) -> CoordinationError? {
    do { _ = try body(); return nil } catch let error as CoordinationError { return error } catch {
        Issue.record("not a CoordinationError: \(error)")
        return nil
    }
}
