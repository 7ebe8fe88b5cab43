import Foundation
import Law
@testable import Practice

/// Decisions written for the tests (not real cases), each a small variation on a base.
enum Fixture {
    static let scam = CaseFacts(
        victim: .init(age: 27, citizenship: "ID", sex: .male), acts: [.recruitment, .transportation, .harbouring],
        means: [.deception, .debtBondage], exploitation: .init(types: [.forcedCriminality], status: .occurred),
        movement: .init(from: "ID", to: "KH"), stage: .completed, victimCompelledToOffend: true)

    static let plantation = CaseFacts(
        victim: .init(age: 30, citizenship: "ID", sex: .male), acts: [.recruitment, .transportation],
        means: [.deception], exploitation: .init(types: [.forcedLabour], status: .occurred),
        movement: .init(from: "ID", to: "MY"), stage: .completed, victimCompelledToOffend: false)

    static func decision(_ id: String, _ facts: CaseFacts, convictedUnder: [String] = ["UU 21/2007 Pasal 4"],
                         outcome: CourtDecision.Outcome = .convicted, months: Int? = 48, year: Int = 2022,
                         province: String = "35") -> CourtDecision {
        CourtDecision(
            id: id, number: "\(id.count)/Pid.Sus/\(year)/PN Tst", court: "Pengadilan Negeri Uji", level: .pn, provinceCode: province,
            year: year, facts: facts, outcome: outcome, convictedUnder: outcome == .acquitted ? [] : convictedUnder,
            sentenceMonths: outcome == .acquitted ? nil : months,
            summary: .init(id: "Putusan rekaan untuk pengujian.", en: "A decision made up for testing."),
            source: .init(url: "https://example.org/\(id)", title: "Test fixture", kind: .report, accessed: "2026-12-06"))
    }

    static func index(_ decisions: [CourtDecision]) -> PracticeIndex { PracticeIndex(DecisionSet(decisions)) }

    static let today = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-29, pinned

    static func screen(_ f: CaseFacts) -> ScreeningResult { Screening.screen(f, today: today) }
}
