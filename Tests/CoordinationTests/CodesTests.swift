import Foundation
import Testing
import Cases
@testable import Coordination

/// Codes become database columns and API JSON: they must be unique, stable, and labelled in both languages.
@Suite("Stable codes, labels and citations")
struct CodesTests {
    func check<C: CoordinationCode>(_ type: C.Type) {
        let codes = C.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "\(C.self)")
        for c in C.allCases {
            #expect(c.rawValue.allSatisfy { $0.isLowercase || $0 == "_" }, "\(c.rawValue)")
            #expect(!c.label.id.isEmpty && !c.label.en.isEmpty, "\(c.rawValue)")
            #expect(C(rawValue: c.rawValue) == c)
        }
        #expect(Set(C.allCases.map(\.label.id)).count == C.allCases.count, "\(C.self) Indonesian labels repeat")
    }

    @Test func everyEnumHasUniqueSnakeCaseCodesAndTwoLabels() {
        check(ReferralStatus.self); check(ReferralEvent.Action.self); check(ReferralService.self); check(ReferralGrant.self)
        check(ReferralOutcome.self); check(ConsentBasis.Kind.self); check(ProtectionService.self); check(ProtectionStatus.self)
        check(ProtectionEvent.Action.self); check(RestitutionHead.self); check(RestitutionStatus.self); check(RestitutionEvent.Action.self)
        check(JusticeStage.self); check(VerdictOutcome.self); check(TaskStatus.self); check(TaskEvent.Action.self)
        check(WorkItem.Kind.self); check(WorkQueue.Urgency.self); check(TimelineCategory.self); check(SourceConfidence.self)
        check(CoordinationSubject.self); check(ActingParty.self)
    }

    @Test func pinnedCodesDoNotChange() {
        #expect(ReferralStatus.allCases.map(\.rawValue) == ["requested", "accepted", "declined", "in_progress", "completed", "withdrawn"])
        #expect(RestitutionHead.allCases.map(\.rawValue) == ["loss_of_property_or_income", "suffering", "medical_or_psychological_costs", "other_losses"])
        #expect(JusticeStage.allCases.map(\.rawValue) == ["report", "inquiry", "investigation", "prosecution", "trial", "verdict", "appeal", "final", "discontinued"])
        #expect(ReferralService.allCases.compactMap(\.protectionService) == ProtectionService.allCases)
    }

    @Test func citationsSayHowSureTheSourceIs() {
        #expect(LegalCitation.uu21Pasal52.confidence == .high && LegalCitation.uu21Pasal52.caveatID == nil)
        #expect(LegalCitation.uu21Pasal50.confidence == .medium)
        #expect(LegalCitation.uu21Pasal50.caveatID == "Jangka 14 hari belum diverifikasi dengan teks resmi.")
        #expect(ProtectionService.allCases.allSatisfy { !$0.citations.isEmpty })
    }

    @Test func recordsRoundTripThroughJSONWithTheirCodes() throws {
        let r = try healthReferral().apply(.accept, by: Agencies.social, on: day("2026-03-02"), expectedVersion: 1)
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(Referral.self, from: data) == r)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"status\":\"accepted\"") && json.contains("\"service\":\"health_rehabilitation\""))
        let v = Verdict(outcome: .convicted, articles: ["UU 21/2007 Pasal 4"], sentenceMonths: 36)
        #expect(try JSONDecoder().decode(Verdict.self, from: JSONEncoder().encode(v)) == v)
    }

    @Test func errorsMapToHTTPStatusesAndNameTheirField() {
        let bad = CoordinationError.input("reason", id: "Alasan wajib diisi", en: "A reason is required")
        #expect(bad.httpStatus == 422 && bad.field == "reason" && bad.message(.indonesian) == "Alasan wajib diisi")
        #expect(CoordinationError.versionConflict(expected: 1, actual: 2).field == nil)
    }
}
