import Cases
import Coordination
import Foundation
import Networks
import OfferCheck
import Reporting
import Testing
@testable import Store

/// Phones, accounts and agencies named by the public in reports and job-offer checks, matched
/// by keyed hash against the identifiers of case files (issue 18 item 4), on both backends.
@Suite struct PublicSightingStoreTests {
    static func entity(_ type: String, _ value: String) throws -> ValidEntity {
        try EntityDraft(type: type, value: value).validated(today: Fixture.today)
    }

    static func check(phone: String? = nil, company: String? = nil) -> OfferAnswers {
        var a = OfferAnswers()
        a.recruiterPhone = phone
        a.companyName = company
        return a
    }

    static func report(_ id: String, story: String) -> ReportSubmission {
        var answers = ReportAnswers()
        answers.situations = [.forcedWork]
        answers.narrative = story
        answers.callbackPhone = "0811 1111 2222"
        return ReportSubmission(id: id, receiptHash: "hash-\(id)", receiptKDF: "test", channel: .web, filedByUserID: nil, filedByAgencyID: nil,
                                answers: answers, route: .init(agencyID: "ag-a", ruleID: nil, alertAgencyIDs: []), attachments: [])
    }

    static let day = CalendarDate(iso: "2026-12-01")!

    @Test(arguments: TestBackend.available)
    func aNumberWrittenDifferentlyInAReportACheckAndACaseFileIsCounted(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: the sponsor's phone in a case file, typed with +62 and spaces.
            let c = try await f.registerCase()
            let phone = try await f.store.networks.add(try Self.entity("phone", "+62 812 3301 7745"), toCase: c.id, by: f.investigator).mentions[0]

            // Under test: a check with 0 and dashes, a report's story with 62 and dots.
            try await f.store.publicSightings.recordCheck(Self.check(phone: "0812-3301-7745"), on: Self.day)
            _ = try await f.store.reportIntake.submit(Self.report("r-1", story: "Sponsor minta uang, nomornya 62.812.3301.7745 di WA."))

            let listed = try await f.store.networks.entities(caseID: c.id, viewer: f.investigator)
            #expect(listed.namedByPublic[phone.id] == PublicSightingCount(reports: 1, checks: 1))
        }
    }

    @Test(arguments: TestBackend.available)
    func aNumberInNoCaseFileShowsNothingAndTheReportersOwnNumberIsNeverCounted(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let other = try await f.store.networks.add(try Self.entity("phone", "0857 2210 4438"), toCase: c.id, by: f.investigator).mentions[0]
            let callback = try await f.store.networks.add(try Self.entity("phone", "0811 1111 2222"), toCase: c.id, by: f.investigator).mentions[0]

            try await f.store.publicSightings.recordCheck(Self.check(phone: "0812 3301 7745"), on: Self.day)
            _ = try await f.store.reportIntake.submit(Self.report("r-1", story: "Perekrut: 0812 3301 7745"))

            let listed = try await f.store.networks.entities(caseID: c.id, viewer: f.investigator)
            #expect(listed.namedByPublic[other.id] == nil)
            #expect(listed.namedByPublic[callback.id] == nil, "the call-back number is the reporter's, not the recruiter's")
        }
    }

    @Test(arguments: TestBackend.available)
    func anAgencyNamedWithoutItsLegalFormMeetsTheAgencyOfACaseFile(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let agency = try await f.store.networks.add(try Self.entity("agency", "PT. Cahaya Mandiri Sejahtera"), toCase: c.id, by: f.investigator).mentions[0]
            try await f.store.publicSightings.recordCheck(Self.check(company: "cahaya mandiri sejahtera, pt"), on: Self.day)
            try await f.store.publicSightings.recordCheck(Self.check(company: "Cahaya Mandiri"), on: Self.day)

            let listed = try await f.store.networks.entities(caseID: c.id, viewer: f.investigator)
            #expect(listed.namedByPublic[agency.id] == PublicSightingCount(reports: 0, checks: 1), "another name is another company")
            let graph = try await f.store.networks.graph(around: c.id, viewer: f.investigator, purpose: "test")
            #expect(graph.entities.values.compactMap(\.namedByPublic) == [PublicSightingCount(reports: 0, checks: 1)])
        }
    }

    @Test(arguments: TestBackend.available)
    func aCheckLeavesOnlyACountByKeyedHashTypeAndDayAndAReportsRowsGoWithIt(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Two checks naming the same phone on one day; a report naming it and an account.
            for _ in 0..<2 { try await f.store.publicSightings.recordCheck(Self.check(phone: "0812 3301 7745", company: "PT Cahaya Mandiri"), on: Self.day) }
            _ = try await f.store.reportIntake.submit(Self.report("r-1", story: "Nomor perekrut 0812 3301 7745, rekening BRI 0123-01-004567-50-3"))

            // Checks: one count per identifier and day, nothing of the answers or of who asked.
            let checks = try await f.store.db.query("SELECT * FROM public_check_counts ORDER BY identifier_type", [])
            #expect(checks.map { "\($0.optionalText("identifier_type")!) \($0.optionalText("day")!) \($0.optionalInt("n")!)" }
                == ["agency 2026-12-01 2", "phone 2026-12-01 2"])
            #expect(Set(checks[0].columns) == ["match_key", "identifier_type", "day", "n"])
            let reports = try await f.store.db.query("SELECT * FROM public_report_mentions ORDER BY identifier_type", [])
            #expect(reports.map { "\($0.optionalText("report_id")!) \($0.optionalText("identifier_type")!) \($0.optionalText("day")!)" }
                == ["r-1 bank \(CalendarDate(Date()))", "r-1 phone \(CalendarDate(Date()))"])
            for row in checks + reports {
                #expect(!row.values.contains { v in ["3301", "7745", "CAHAYA", "Cahaya", "4567"].contains { v.string?.contains($0) == true } })
            }

            // A report erased by retention stops counting.
            _ = try await f.store.db.execute("DELETE FROM reports WHERE id = ?", [.text("r-1")])
            #expect(try await f.store.db.query("SELECT report_id FROM public_report_mentions", []).isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func checksArrivingTogetherAreAllCounted(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let phone = try await f.store.networks.add(try Self.entity("phone", "0813-9087-6612"), toCase: c.id, by: f.investigator).mentions[0]
            // Under test: 40 checks at once, in three spellings, on two days.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<40 {
                    let spelling = ["0813 9087 6612", "+62 813-9087-6612", "6281390876612"][i % 3]
                    let day = i < 30 ? Self.day : Self.day.addingDays(1)
                    group.addTask { try await f.store.publicSightings.recordCheck(Self.check(phone: spelling), on: day) }
                }
                try await group.waitForAll()
            }
            #expect(try await f.store.networks.entities(caseID: c.id, viewer: f.investigator).namedByPublic[phone.id]?.checks == 40)
            let days = try await f.store.db.query("SELECT day, n FROM public_check_counts ORDER BY day", []).map { "\($0.optionalText("day")!) \($0.optionalInt("n")!)" }
            #expect(days == ["2026-12-01 30", "2026-12-02 10"])
        }
    }
}
