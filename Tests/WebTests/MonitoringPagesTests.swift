import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

@Suite("Monitoring pages and API")
struct MonitoringPagesTests {
    /// Agency A holds 14 victims in 2026 (9 girls, 5 women), agency B holds 3 (one is a woman of
    /// A's, confirmed as the same person).
    static func seed(_ store: SimpulStore) async throws {
        let now = Timestamp.now()
        var batch: [BulkCase] = []
        func add(_ id: String, agency: String, victims: [(CasePerson.Sex, Int)]) {
            let record = CaseRecord(id: id, number: "TPPO-2026-\(id)", provinceCode: "35", regency: "Kota Surabaya", openedOn: "2026-03-0\(batch.count % 9 + 1)",
                                    incidentDate: "2026-02-01", exploitationTypes: [.prostitution], status: .investigation,
                                    summary: "Ringkasan", createdAt: now, updatedAt: now)
            let persons = victims.enumerated().map { i, v in
                (person: CasePerson(id: "\(id)-v\(i)", caseID: id, role: .victim, code: "K-\(id)-\(i)", sex: v.0, ageAtReport: v.1,
                                    citizenship: "ID", warnings: [], createdAt: now),
                 identity: PersonIdentity(fullName: "Korban \(id) \(i)"))
            }
            batch.append(BulkCase(record: record, agencyIDs: [agency], persons: persons))
        }
        add("a1", agency: "ag-a", victims: Array(repeating: (.female, 15), count: 9))
        add("a2", agency: "ag-a", victims: Array(repeating: (.female, 25), count: 5))
        add("b1", agency: "ag-b", victims: [(.female, 25), (.male, 30), (.male, 40)])
        try await store.cases.bulkInsert(batch, counters: [:], actor: nil, note: "test")
        try await store.db.execute("INSERT INTO person_links (id, person_a, person_b, status, probability, version, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
                                   [.text("l1"), .text("a2-v0"), .text("b1-v0"), .text("confirmed"), .double(0.99), .text(now)])
    }

    @Test func anAgencySeesItsOwnRecordsExactlyAndAnAnalystOnlyProtectedCells() async throws {
        try await WebFixture.with { f, client in
            try await Self.seed(f.store)
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let (ok, page, _) = try await officer.get("/pemantauan?periode=2026")
            #expect(ok == .ok)
            #expect(page.contains("Korban teridentifikasi (orang)") && page.contains("Angka pasti"))
            #expect(page.contains("<svg") && page.contains("Cara menghitung"))
            let (_, exact) = try await APITests.call(client, .get, "/api/v1/indicators/victims_identified?periode=2026&rincian=sex_age",
                                                     token: try await APITests.token(f, "penyidik"))
            let rows = exact["rows"] as! [[String: Any]]
            let girls = rows.first { $0["key"] as? String == "girls" }!["values"] as! [[String: Any]]
            #expect(girls[0]["value"] as? Double == 9, "exact inside the agency")

            // A change after the figures were counted: only the new case is read, and it counts.
            let now = Timestamp.now()
            let record = CaseRecord(id: "a3", number: "TPPO-2026-a3", provinceCode: "35", regency: "Kota Malang", openedOn: "2026-05-05",
                                    incidentDate: nil, exploitationTypes: [.forcedLabour], status: .reported, summary: "",
                                    createdAt: now, updatedAt: now, exploitationCountry: "MY")
            let girl = CasePerson(id: "a3-v0", caseID: "a3", role: .victim, code: "K-a3-0", sex: .female, ageAtReport: 16,
                                  citizenship: "ID", warnings: [], createdAt: now)
            try await f.store.cases.bulkInsert([BulkCase(record: record, agencyIDs: ["ag-a"], persons: [(girl, PersonIdentity(fullName: "Korban a3"))])],
                                               counters: [:], actor: nil, note: "test")
            let (_, after) = try await APITests.call(client, .get, "/api/v1/indicators/victims_identified?periode=2026&rincian=citizenship",
                                                     token: try await APITests.token(f, "penyidik"))
            let byPlace = Dictionary(uniqueKeysWithValues: (after["rows"] as! [[String: Any]]).map {
                ($0["key"] as! String, (($0["values"] as! [[String: Any]])[1]["value"] as? Double) ?? -1)
            })
            #expect(byPlace["indonesian_abroad"] == 1, "the new case abroad is counted after the change")
            #expect(byPlace["unknown"] == 14, "the agency's older cases name no place")

            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            let (_, json) = try await APITests.call(client, .get, "/api/v1/indicators/victims_identified?periode=2026&rincian=sex_age",
                                                    token: try await APITests.token(f, "analis"))
            #expect((json["disclosure"] as! [String: Any])["mode"] as? String == "protected")
            var values: [Double] = []
            for row in (json["rows"] as! [[String: Any]]) + [json["total"] as! [String: Any]] {
                for cell in row["values"] as! [[String: Any]] { if let v = cell["value"] as? Double { values.append(v) } }
            }
            #expect(!values.contains { $0 > 0 && $0 < 11 }, "no cell between 1 and k−1 leaves: \(values)")
            let total = (json["total"] as! [String: Any])["values"] as! [[String: Any]]
            // 18 records are 17 people (the confirmed link joins two), shown rounded to 5.
            #expect(total[0]["value"] as? Double == 15 && total[1]["value"] as? Double == 20)
            let (_, method, _) = try await analyst.get("/pemantauan/indikator/victims_identified/cara-menghitung?periode=2026")
            #expect(method.contains("Pasal 58") && method.contains("catatan rujukan hukum Simpul §"))
            #expect(!method.contains("legal-facts"), "the notes are named, not their file")
        }
    }

    @Test func reportPacksAndTheAnnualReportCarryTheSameProtectedFigures() async throws {
        try await WebFixture.with { f, client in
            try await Self.seed(f.store)
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            // Even for an agency's own officer the annual report is the task force's: protected.
            let (ok, annual, _) = try await officer.get("/pemantauan/laporan-tahunan?periode=2026")
            #expect(ok == .ok && annual.contains("Laporan tahunan") && annual.contains("Angka lintas instansi dilindungi"))
            #expect(!annual.contains(">9<"), "the nine girls of one agency stay hidden across agencies")
            for pack in ["glotip", "sdg-16-2-2", "ran", "tip"] {
                let (status, page, _) = try await officer.get("/pemantauan/paket/\(pack)?periode=2026&instansi=semua")
                #expect(status == .ok && page.contains("<table"), "\(pack)")
                let (xlsx, body, headers) = try await officer.get("/pemantauan/paket/\(pack)/xlsx?periode=2026&instansi=semua")
                #expect(xlsx == .ok && body.hasPrefix("PK") && headers[.contentType]?.contains("spreadsheetml") == true, "\(pack)")
            }
            let (unknown, refused, _) = try await officer.get("/pemantauan/paket/nope")
            #expect(unknown == .badRequest && refused.contains("glotip"))
        }
    }

    @Test func eachRolesStartPageLeadsWithWhatItDoesFirst() async throws {
        #expect(HomeView.firstActions(.hotlineOperator).first?.path == "/laporan/baru")
        #expect(HomeView.firstActions(.analyst).first?.path == "/pemantauan")
        #expect(HomeView.firstActions(.socialWorker).first?.path == "/kerja")
        #expect(HomeView.firstActions(.investigator).first?.path == "/kasus/baru")
        try await WebFixture.with { _, client in
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            let (_, home, _) = try await analyst.get("/")
            #expect(home.contains(#"<a href="/pemantauan" class="button">"#) || home.contains(#"<a class="button" href="/pemantauan">"#))
            #expect(!home.contains("/kasus\""), "no case list for a role that reads no cases")
        }
    }

    @Test func badParametersAreRefusedNamingWhatIsAllowed() async throws {
        try await WebFixture.with { f, client in
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            let token = try await APITests.token(f, "analis")
            let (badPeriod, page, _) = try await analyst.get("/pemantauan?periode=2026-13")
            #expect(badPeriod == .badRequest && page.contains("periode") && page.contains("YYYY-Qn"))
            let (unknown, body) = try await APITests.call(client, .get, "/api/v1/indicators/tidak_ada", token: token)
            #expect(unknown == .badRequest && APITests.message(body).contains("victims_identified"))
            let (badFilter, filterBody) = try await APITests.call(client, .get, "/api/v1/indicators/victims_identified?bentuk=%3Cscript%3E", token: token)
            #expect(badFilter == .badRequest && APITests.message(filterBody).contains("bentuk") && APITests.message(filterBody).contains("sexual"))
            let (badBreakdown, _, _) = try await analyst.get("/pemantauan/indikator/victims_identified?rincian=law")
            #expect(badBreakdown == .badRequest)
            let (noData, empty, _) = try await analyst.get("/pemantauan/indikator/victims_identified?periode=2019")
            #expect(noData == .ok && empty.contains("Tidak ada data"))
            let (_, list) = try await APITests.call(client, .get, "/api/v1/indicators", token: token)
            let ids = (list["indicators"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(ids.contains("sdg_16_2_2") && ids.count == 14)
        }
    }
}

@Suite("Monitoring threshold")
struct MonitoringThresholdTests {
    @Test(arguments: TestBackend.available)
    func theAdministratorSetsKAndEveryOutputFollowsIt(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            try await MonitoringPagesTests.seed(f.store)
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            let (forbidden, _, _) = try await analyst.get("/admin/pemantauan")
            #expect(forbidden == .forbidden)

            var (admin, _) = try await AdminPagesTests.admin(f, client)
            try await admin.get("/admin/pemantauan")
            let (tooLow, low, _) = try await admin.post("/admin/pemantauan", [("k", "4"), ("confirm", WebFixture.password)])
            #expect(tooLow == .unprocessableContent && low.contains("k harus"))
            let (unconfirmed, _, _) = try await admin.post("/admin/pemantauan", [("k", "20"), ("confirm", "salah")])
            #expect(unconfirmed == .unprocessableContent)
            #expect(try await f.store.monitoringSettings.threshold() == 11)
            let (saved, _, _) = try await admin.post("/admin/pemantauan", [("k", "20"), ("confirm", WebFixture.password)])
            let k = try await f.store.monitoringSettings.threshold()
            #expect(saved == .ok && k == 20)

            // 17 records: under 20, so across agencies even the total is now hidden.
            let (_, json) = try await APITests.call(client, .get, "/api/v1/indicators/victims_identified?periode=2026",
                                                    token: try await APITests.token(f, "analis"))
            #expect((json["disclosure"] as? [String: Any])?["k"] as? Int == 20)
            let total = (json["total"] as? [String: Any])?["values"] as? [[String: Any]]
            #expect(total?.first?["suppressed"] as? Bool == true)
            let audit = try await f.store.db.query("SELECT detail FROM audit_log WHERE action = ?", [.text("monitoring.threshold")])
            #expect(audit.count == 1)
        }
    }
}

/// The anonymous reports are read whole, so a refresh reads them only when they changed: a new
/// report must still count at once, and a change to a case must not drop the reports counted.
@Suite("Monitoring refresh and the anonymous reports")
struct MonitoringReportsRefreshTests {
    static func addReport(_ store: SimpulStore, _ id: String) async throws {
        try await store.db.execute("""
            INSERT INTO reports (id, reference, receipt_hash, receipt_kdf, channel, received_at, agency_id, status, urgent, child, abroad,
                                 province_code, exploitation_types, content, agency_unread, reporter_unread, version)
            VALUES (?, ?, ?, 'test', 'web', ?, 'ag-a', 'new', 0, 0, 0, '35', '', ?, 0, 0, 1)
            """, [.text(id), .text("R-\(id)"), .text("h-\(id)"), .text("2026-04-01T03:00:00Z"), .blob([])])
    }

    static func received(_ client: some TestClientProtocol, _ token: String) async throws -> Double? {
        let (_, json) = try await APITests.call(client, .get, "/api/v1/indicators/public_reports?periode=2026", token: token)
        return ((json["total"] as? [String: Any])?["values"] as? [[String: Any]])?.first?["value"] as? Double
    }

    @Test func aNewReportCountsAtOnceAndACaseChangeKeepsTheReports() async throws {
        try await WebFixture.with { f, client in
            try await MonitoringPagesTests.seed(f.store)
            let token = try await APITests.token(f, "penyidik")
            try await Self.addReport(f.store, "r1")
            #expect(try await Self.received(client, token) == 1)
            try await Self.addReport(f.store, "r2")
            #expect(try await Self.received(client, token) == 2, "a new report is read")
            try await f.store.db.execute("UPDATE cases SET status = 'closed', updated_at = ? WHERE id = 'a1'", [.text(Timestamp.now())])
            #expect(try await Self.received(client, token) == 2, "a case change keeps the reports read before")
            try await f.store.db.execute("DELETE FROM reports WHERE id = 'r1'", [])
            #expect(try await Self.received(client, token) == 1, "a report deleted (retention) is no longer counted")
        }
    }
}
