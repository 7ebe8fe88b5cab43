import Reporting
import Testing
@testable import Cases
@testable import Demo

/// The demo's anonymous reports: answered after realistic delays, a share turned into cases.
@Suite("Demo reports")
struct DemoReportsTests {
    static let reports: [DemoReport] = {
        var g = DemoReportGenerator(seed: 2026, today: DemoProceedingsTests.today)
        return DemoProceedingsTests.cases.map { g.report(beside: $0) }
    }()

    @Test func mostReportersHearBackWithinAWeekAndSomeNotYet() {
        let replies = Self.reports.compactMap(\.firstReply)
        let n = Double(Self.reports.count)
        #expect((0.1...0.25).contains(1 - Double(replies.count) / n), "share never answered")
        #expect((0.55...0.85).contains(Double(replies.filter { $0.after <= 7 }.count) / Double(replies.count)))
        #expect(replies.contains { $0.after > 14 })
        for r in Self.reports {
            guard let reply = r.firstReply else { continue }
            #expect(reply.at > r.receivedAt && reply.at.hasPrefix(r.receivedOn.addingDays(reply.after).description))
            #expect(r.receivedOn.addingDays(reply.after) <= DemoProceedingsTests.today)
        }
    }

    @Test func aQuarterBecomeTheCaseTheyWereMadeBesideOpenedAfterThem() {
        var opened = 0
        for (r, c) in zip(Self.reports, DemoProceedingsTests.cases) {
            guard case .caseOpened(let caseID) = r.outcome else { continue }
            opened += 1
            #expect(caseID == c.record.id && r.receivedOn.description < c.record.openedOn)
            #expect(r.answers.provinceCode == c.record.provinceCode)
        }
        #expect((0.2...0.3).contains(Double(opened) / Double(Self.reports.count)))
        #expect(Self.reports.contains { if case .closed = $0.outcome { return true } else { return false } })
    }
}
