import Testing
@testable import Reporting

@Suite struct ReportFormTests {
    @Test func theQuestionnaireAsksForACallBackOnlyOfThoseWhoWantOne() {
        var a = ReportAnswers()
        a.contact = .receiptOnly
        #expect(ReportStep.contact.next(a) == .send)
        #expect(ReportStep.send.previous(a) == .contact)
        #expect(ReportStep.send.position(a).count == 6)
        a.contact = .callback
        #expect(ReportStep.contact.next(a) == .callback)
        #expect(ReportStep.send.position(a) == (7, 7))
    }

    @Test func eachStepRefusesToGoOnWithoutItsAnswer() {
        let (_, errors) = ReportForm.validate([:], through: .what)
        #expect(errors.map(\.field) == ["danger", "situation"])
        let (ok, none) = ReportForm.validate(["danger": ["yes"], "narrative": ["Adik saya ditahan majikan"]], through: .who)
        #expect(none.isEmpty)
        #expect(ok.isUrgent)
    }

    @Test func unknownChoicesAndOverlongTextAreNamedAndNotKept() {
        let long = String(repeating: "a", count: ReportForm.narrativeLimit + 1)
        let (a, errors) = ReportForm.read(["danger": ["maybe"], "situation": ["sexual", "bogus"], "narrative": [long],
                                           "province": ["99"]])
        #expect(a.danger == nil)
        #expect(a.situations == [.sexual])
        #expect(Set(errors.map(\.field)) == ["danger", "situation", "narrative", "province"])
        #expect(errors.first { $0.field == "danger" }?.en.contains("\"maybe\"") == true)
    }

    @Test func aCallBackNeedsANumberATimeAndACodeWord() {
        let fields: [String: [String]] = ["danger": ["no"], "situation": ["forced_work"], "contact": ["callback"],
                                          "phone": ["nomor saya"], "codeword": ["ab"]]
        let (_, errors) = ReportForm.validate(fields, through: .callback)
        #expect(Set(errors.map(\.field)) == ["phone", "window", "codeword"])
        var good = fields
        good["phone"] = ["0812-3456-7890"]; good["window"] = ["evening"]; good["codeword"] = ["melati"]
        let (a, none) = ReportForm.validate(good, through: .send)
        #expect(none.isEmpty)
        #expect(a.callbackPhone != nil && a.callbackWindows == [.evening] && a.codeWord == "melati")
    }

    @Test func callBackDetailsAreDroppedWhenNoCallWasAskedFor() {
        let (a, _) = ReportForm.validate(["danger": ["no"], "situation": ["organ"], "contact": ["never"],
                                          "phone": ["081234567890"], "codeword": ["melati"]], through: .send)
        #expect(a.callbackPhone == nil && a.codeWord == nil)
        #expect(a.exploitationTypes == [.organRemoval])
    }

    @Test func anOnlineScamOrACarriedParcelOfDrugsIsForcedCriminality() {
        for situation in ["online_scam", "forced_crime"] {
            let (a, _) = ReportForm.validate(["danger": ["no"], "situation": [situation], "contact": ["never"]], through: .send)
            #expect(a.exploitationTypes == [.forcedCriminality], "\(situation)")
        }
    }
}
