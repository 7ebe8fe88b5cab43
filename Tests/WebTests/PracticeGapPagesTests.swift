import Cases
import Coordination
import Foundation
import Practice
import Security
@testable import SimpulCommands
import Store
import Testing
@testable import Web

/// `/praktik`: the implementation gap from verdicts stored in the justice tracks, counted as a
/// naive recount counts them, and shown only to the roles that may read it.
@Suite struct PracticeGapPagesTests {
    /// The statutory minimums of the articles the demo's courts use, written out by hand (legal-facts §2.3, §3.5).
    static let minimumMonths = ["UU 21/2007 Pasal 2": 36, "UU 21/2007 Pasal 4": 36, "UU 21/2007 Pasal 6": 36,
                                "UU 35/2014 Pasal 76F jo. Pasal 83": 36]

    @Test(arguments: TestBackend.available)
    func theFiguresEqualANaiveCountOfTheStoredVerdicts(_ backend: TestBackend) async throws {
        // Set-up: the demo's cases with their verdicts, and screenings kept with some cases.
        try await DemoRegistry.with(backend, cases: 300, seed: 11) { store, db in
            let caseIDs = try await db.query("SELECT id FROM cases ORDER BY id", []).map { try $0.text("id") }
            for (n, caseID) in caseIDs.enumerated() where n % 3 == 0 {
                // In every other such case an older screening found nothing and the latest found Pasal 4; in the rest the reverse.
                let found: [String] = ["offence", "UU 21/2007 Pasal 4"], nothing: [String] = ["undetermined", ""]
                let screenings = n % 2 == 0 ? [nothing, found] : [found, nothing]
                for i in screenings.indices {
                    let verdict = screenings[i][0], articles = screenings[i][1]
                    try await db.execute("""
                        INSERT INTO case_screenings (id, case_id, facts, result, as_of, palermo_verdict, national_verdict, articles, created_by, created_at)
                        VALUES (?, ?, '{}', '{}', '2026-12-01', 'trafficking', ?, ?, NULL, ?)
                        """, [.text("s-\(n)-\(i)"), .text(caseID), .text(verdict), .text(articles), .text("2026-12-0\(i + 1)T00:00:00Z")])
                }
            }

            // The one thing under test.
            let tally = GapTally(try await store.practiceGap.verdicts())

            // A naive recount, from each stored track read on its own.
            let screenedOffence = Set(caseIDs.enumerated().filter { $0.offset % 3 == 0 && $0.offset % 2 == 0 }.map(\.element))
            var recorded: [String: Int] = [:], otherLaw = 0, despite = 0, below = 0, acquitted = 0, total = 0
            for r in try await db.query("SELECT id, case_id FROM coordination_records WHERE kind = 'justice'", []) {
                let track = try #require(try await store.coordination.find(JusticeTrack.self, id: try r.text("id")))
                guard let v = track.finalVerdict ?? track.verdict else { continue }
                total += 1
                recorded[String(v.courtReference!.split(separator: "/").last!), default: 0] += 1
                guard v.outcome == .convicted else { acquitted += 1; continue }
                if !v.articles.contains(where: { $0.hasPrefix("UU 21/2007 ") || $0.hasPrefix("KUHP Pasal 455") }) {
                    otherLaw += 1
                    if screenedOffence.contains(try r.text("case_id")) { despite += 1 }
                }
                if let minimum = v.articles.compactMap({ Self.minimumMonths[$0] }).max(), v.sentenceMonths < minimum { below += 1 }
            }
            #expect(total > 50 && otherLaw > 0 && despite > 0 && below > 0 && acquitted > 0, "the demo exercises every column")
            #expect(tally.total.recorded == total && tally.total.acquitted == acquitted)
            #expect(tally.total.otherLaw == otherLaw && tally.total.otherLawDespiteOffence == despite && tally.total.belowMinimum == below)
            #expect(tally.byCourt.mapValues(\.recorded) == recorded)
            #expect(tally.byProvince.values.map(\.recorded).reduce(0, +) == total)
        }
    }

    @Test func onlyTheRolesThatJudgeChargingPracticeSeeThePage() async throws {
        try await WebFixture.with { fixture, client in
            _ = try await fixture.store.users.create(username: "sosial", displayName: "Sosial", agencyID: "ag-a", role: .socialWorker,
                                                     email: nil, passwordHash: PasswordHasher(cost: 4).hash(WebFixture.password))
            var worker = Browser(client)
            _ = try await worker.signIn("sosial")
            #expect(try await worker.get("/praktik").0 == .forbidden)
            for name in ["penyidik", "analis"] {
                var b = Browser(client)
                _ = try await b.signIn(name)
                let (status, page, _) = try await b.get("/praktik")
                #expect(status == .ok && page.contains("Per pengadilan") && page.contains("Putusan terbitan yang dimuat Simpul"))
                #expect(page.contains("dilindungi"), "figures across agencies go out through the disclosure rule")
            }
            #expect(try await client.execute(uri: "/praktik", method: .get).status == .seeOther)
        }
    }
}
