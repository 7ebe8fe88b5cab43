import Testing
import Cases
@testable import Coordination

@Suite("Justice track per case and suspect")
struct JusticeTrackTests {
    let police = Agencies.police, jaksa = Agencies.prosecutor
    let conviction = Verdict(outcome: .convicted, articles: ["UU 21/2007 Pasal 4"], sentenceMonths: 60,
                             fineRupiah: 200_000_000, restitutionOrderedRupiah: 40_000_000, courtReference: "12/Pid.Sus/2026/PN Sby")

    func track(upTo stage: JusticeStage) throws(CoordinationError) -> JusticeTrack {
        var t = JusticeTrack.report(id: "j-1", caseID: "case-1", suspectID: "suspect-1", by: police, on: day("2026-03-01"))
        let path: [JusticeStage] = [.inquiry, .investigation, .prosecution, .trial]
        for (i, s) in path.enumerated() where s <= stage {
            t = try t.apply(.advance(to: s), by: s < .prosecution ? police : jaksa, on: day("2026-04-01").addingDays(i * 30),
                            expectedVersion: t.version)
        }
        return t
    }

    @Test func walksReportToFinalThroughAnAppeal() throws {
        var t = try track(upTo: .trial)
        t = try t.apply(.verdict(conviction), by: jaksa, on: day("2026-09-01"), expectedVersion: t.version)
        t = try t.apply(.advance(to: .appeal), by: jaksa, on: day("2026-09-08"), expectedVersion: t.version)
        let reduced = Verdict(outcome: .convicted, articles: ["UU 21/2007 Pasal 4"], sentenceMonths: 48, restitutionOrderedRupiah: 40_000_000)
        t = try t.apply(.finalise(amended: reduced), by: jaksa, on: day("2026-12-01"), expectedVersion: t.version)
        #expect(t.stage == .final)
        #expect(t.stages.map(\.stage) == [.report, .inquiry, .investigation, .prosecution, .trial, .verdict, .appeal, .final])
        #expect(t.date(of: .verdict) == day("2026-09-01"))
        #expect(t.verdict == conviction && t.finalVerdict == reduced)
        #expect(t.history.last?.action == "final")
    }

    @Test func theAppealIsOptional() throws {
        var t = try track(upTo: .trial)
        t = try t.apply(.verdict(conviction), by: jaksa, on: day("2026-09-01"), expectedVersion: t.version)
        t = try t.apply(.finalise(amended: nil), by: jaksa, on: day("2026-09-15"), expectedVersion: t.version)
        #expect(t.finalVerdict == conviction)
        #expect(coordinationError { try t.apply(.advance(to: .appeal), by: jaksa, on: day("2026-09-16"), expectedVersion: t.version) }?.httpStatus == 409)
    }

    @Test func aVerdictBeforeProsecutionIsRefused() throws {
        let t = try track(upTo: .investigation)
        let error = coordinationError { try t.apply(.verdict(conviction), by: jaksa, on: day("2026-08-01"), expectedVersion: t.version) }
        guard case let .invalidTransition(subject, from, attempted, allowed)? = error else { Issue.record("no error"); return }
        #expect(subject.code == "justice_track" && from.code == "investigation" && attempted.code == "verdict")
        #expect(allowed.map(\.code) == ["prosecution", "discontinued"])
        #expect(error?.message(.indonesian).contains("Penyidikan") == true)
    }

    /// From each stage, only its successors are accepted.
    @Test(arguments: [JusticeStage.report, .inquiry, .investigation, .prosecution])
    func stagesCannotBeSkipped(from stage: JusticeStage) throws {
        let t = try track(upTo: stage)
        #expect(t.stage == stage)
        for target in JusticeStage.allCases where target != .verdict && target != .final && target != .discontinued {
            let error = coordinationError { try t.apply(.advance(to: target), by: police, on: day("2026-12-31"), expectedVersion: t.version) }
            #expect((error == nil) == stage.successors.contains(target), "\(stage) → \(target)")
        }
    }

    @Test func verdictsAreChecked() throws {
        let t = try track(upTo: .trial)
        func verdict(_ v: Verdict) -> String? {
            coordinationError { try t.apply(.verdict(v), by: jaksa, on: day("2026-09-01"), expectedVersion: t.version) }?.field
        }
        #expect(verdict(Verdict(outcome: .convicted, articles: [" "], sentenceMonths: 12)) == "verdict.articles")
        #expect(verdict(Verdict(outcome: .convicted, articles: ["KUHP Pasal 455"], sentenceMonths: 0)) == "verdict.sentenceMonths")
        #expect(verdict(Verdict(outcome: .convicted, articles: ["KUHP Pasal 455"], sentenceMonths: 0, fineRupiah: 100_000_000)) == nil)
        #expect(verdict(Verdict(outcome: .acquitted, articles: [], sentenceMonths: 6)) == "verdict.sentenceMonths")
        #expect(verdict(Verdict(outcome: .acquitted, articles: [], sentenceMonths: 0)) == nil)
        #expect(verdict(Verdict(outcome: .convicted, articles: ["x"], sentenceMonths: -1)) == "verdict")
        #expect(coordinationError { try t.apply(.advance(to: .verdict), by: jaksa, on: day("2026-09-01"), expectedVersion: t.version) }?.field == "stage")
    }

    @Test func onlyAnAppealMayAmendTheVerdict() throws {
        var t = try track(upTo: .trial)
        t = try t.apply(.verdict(conviction), by: jaksa, on: day("2026-09-01"), expectedVersion: t.version)
        let error = coordinationError { try t.apply(.finalise(amended: conviction), by: jaksa, on: day("2026-09-15"), expectedVersion: t.version) }
        #expect(error?.field == "verdict")
    }

    @Test func discontinuingNeedsAReasonAndIsFinal() throws {
        let t = try track(upTo: .investigation)
        #expect(coordinationError { try t.apply(.discontinue(reason: ""), by: police, on: day("2026-06-01"), expectedVersion: t.version) }?.field == "reason")
        let stopped = try t.apply(.discontinue(reason: "SP3: bukti tidak cukup"), by: police, on: day("2026-06-01"), expectedVersion: t.version)
        #expect(stopped.stage == .discontinued && stopped.stage.successors.isEmpty)
        let trial = try track(upTo: .trial)
        #expect(coordinationError { try trial.apply(.discontinue(reason: "x"), by: jaksa, on: day("2026-09-01"), expectedVersion: trial.version) }?.httpStatus == 409)
    }

    @Test func stageDatesRunForward() throws {
        let t = try track(upTo: .inquiry)
        #expect(coordinationError { try t.apply(.advance(to: .investigation), by: police, on: day("2026-03-15"), expectedVersion: t.version) }?.field == "date")
    }
}
