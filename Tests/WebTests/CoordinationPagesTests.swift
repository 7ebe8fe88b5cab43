import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Testing
@testable import Web

/// Referrals and the protection track through the pages, on both stores.
@Suite struct CoordinationPagesTests {
    static func field(_ name: String, in page: String) -> String? {
        page.range(of: "name=\"\(name)\" value=\"").map { String(page[$0.upperBound...].prefix { $0 != "\"" }) }
    }

    @Test(arguments: TestBackend.available)
    func aReferralIsAcceptedAndALateServiceIsFlaggedWhileAnUninvolvedAgencySeesNothing(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            // Set-up: a social-affairs agency with a social worker, and a case with a victim.
            try await fixture.store.agencies.create(Agency(id: "ag-s", code: "DINSOS", name: "Dinas Sosial", kind: .socialAffairs, provinceCode: nil))
            _ = try await fixture.store.users.create(username: "peksos", displayName: "Peksos", agencyID: "ag-s", role: .socialWorker,
                                                     email: nil, passwordHash: PasswordHasher(cost: 4).hash(WebFixture.password))
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            try await officer.get("/kasus/baru")
            let (_, _, h) = try await officer.post("/kasus/baru", [("provinceCode", "53"), ("regency", "Kabupaten Kupang"),
                                                                  ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])
            let casePath = try #require(h[.location])
            let caseID = try await fixture.caseID(at: casePath)
            try await officer.get(casePath)
            _ = try await officer.post(casePath + "/orang", [("role", "victim"), ("fullName", "Yosefina Bria"), ("sex", "female")])
            let victimID = try #require(try await fixture.store.cases.persons(caseID: caseID).first?.id)
            let today = CalendarDate(Date())
            let requested = today.addingDays(-9)

            // The investigator refers the victim for health rehabilitation, nine days ago.
            let (page, coordination, _) = try await officer.get("/kasus/\(caseID)/koordinasi")
            #expect(page == .ok && coordination.contains("Rujuk ke instansi lain"))
            // A form with several problems comes back open, every problem listed, the answers kept.
            let (refused, again, _) = try await officer.post("/kasus/\(caseID)/rujukan", [
                ("victim", victimID), ("explanation", "Korban sudah setuju lewat telepon"), ("dueOn", "besok")])
            #expect(refused == .unprocessableContent)
            #expect(again.contains("<details open") && again.contains("Pilih instansi tujuan") && again.contains("Pilih layanan yang diminta")
                    && again.contains("Pilih dasar rujukan") && again.contains("Tenggat bukan tanggal"))
            let order = ["Pilih instansi tujuan", "Pilih layanan yang diminta", "Pilih dasar rujukan", "Tenggat bukan tanggal"].compactMap { again.range(of: $0)?.lowerBound }
            #expect(order == order.sorted(), "listed in the order of the form's fields")
            #expect(again.contains("Korban sudah setuju lewat telepon"), "what was typed is kept")
            try await officer.get("/kasus/\(caseID)/koordinasi")
            let (sent, _, rh) = try await officer.post("/kasus/\(caseID)/rujukan", [
                ("to", "ag-s"), ("service", "health_rehabilitation"), ("victim", victimID), ("consent", "victim_consent"),
                ("grants", "case_summary"), ("grants", "protection_track"), ("requestedOn", requested.description)])
            #expect(sent == .seeOther)
            let referralPath = try #require(rh[.location])

            // An uninvolved agency sees none of it.
            var outsider = Browser(client)
            _ = try await outsider.signIn("luar")
            #expect(try await outsider.get(referralPath).0 == .notFound)
            #expect(try await outsider.get("/kasus/\(caseID)/koordinasi").0 == .notFound)
            let (_, outsiderWork, _) = try await outsider.get("/kerja")
            #expect(outsiderWork.contains("Tidak ada pekerjaan terbuka"))

            // The social worker finds it in their work, overdue, and accepts it.
            var worker = Browser(client)
            _ = try await worker.signIn("peksos")
            let (_, work, _) = try await worker.get("/kerja")
            #expect(work.contains(referralPath) && work.contains("Terlambat 2 hari"))
            // The row says which case, which victim, from whom, and what to do next.
            let number = try #require(try await fixture.store.cases.record(id: caseID)?.number)
            let victimCode = try #require(try await fixture.store.cases.persons(caseID: caseID).first?.code)
            #expect(work.contains(number) && work.contains(victimCode) && work.contains("Instansi POLDA-A"))
            #expect(work.contains("Terima atau tolak rujukan"))
            let (_, referral, _) = try await worker.get(referralPath)
            #expect(!referral.contains("<h2>Ringkasan kasus</h2>"), "grants open only once the referral is accepted")
            let version = try #require(Self.field("version", in: referral))
            #expect(try await worker.post(referralPath + "/tindakan", [("action", "accept"), ("version", version)]).0 == .seeOther)
            // A second accept on the stale version is refused, not applied twice.
            let (stale, stalePage, _) = try await worker.post(referralPath + "/tindakan", [("action", "accept"), ("version", version)])
            #expect(stale == .conflict && stalePage.contains("error-summary"))
            // The investigator may not complete what only the receiver can.
            let (_, refNow, _) = try await officer.get(referralPath)
            #expect(!refNow.contains("value=\"complete\""))
            let (forbidden, _, _) = try await officer.post(referralPath + "/tindakan",
                                                         [("action", "complete"), ("outcome", "delivered"), ("version", "2")])
            #expect(forbidden == .forbidden)

            // Health rehabilitation, requested nine days ago, delivered today: two days past Pasal 52's seven.
            let (_, accepted, _) = try await worker.get(referralPath)
            #expect(accepted.contains("<h2>Ringkasan kasus</h2>"))
            #expect(!accepted.contains("Yosefina"), "no identity without the grant")
            #expect(try await worker.post("/kasus/\(caseID)/layanan", [("referral", String(referralPath.split(separator: "/").last!)),
                                                                       ("victim", victimID), ("service", "health_rehabilitation"),
                                                                       ("responsible", "ag-s"), ("requestedOn", requested.description)]).0 == .seeOther)
            let (_, withService, _) = try await worker.get(referralPath)
            #expect(withService.contains("Pasal 52"))
            let serviceID = try #require(withService.range(of: "id=\"layanan-").map { String(withService[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(try await worker.post("/layanan/\(serviceID)/tindakan", [("action", "deliver"), ("version", "1"),
                                                                             ("on", today.description), ("back", referralPath)]).0 == .seeOther)
            let (_, delivered, _) = try await worker.get(referralPath)
            #expect(delivered.contains("Terlambat 2 hari"))
            // The referring agency sees the same on its case, and a notice came back to it.
            let (_, caseView, _) = try await officer.get("/kasus/\(caseID)/koordinasi")
            #expect(caseView.contains("Terlambat 2 hari") && caseView.contains("Linimasa"))
            let (_, officerWork, _) = try await officer.get("/kerja")
            #expect(officerWork.contains("Layanan Rehabilitasi kesehatan") || officerWork.contains("Rujukan"))
            #expect(try await outsider.get(referralPath).0 == .notFound)
            #expect(try await fixture.store.audit.entries().contains { $0.action == "referral.accept" })

            // A referral that grants the identity opens it, once accepted, and the reading is logged.
            let (_, _, h2) = try await officer.post("/kasus/\(caseID)/rujukan", [
                ("to", "ag-s"), ("service", "shelter"), ("victim", victimID), ("consent", "victim_consent"),
                ("grants", "victim_identity"), ("requestedOn", today.description)])
            let second = try #require(h2[.location])
            let (_, before, _) = try await worker.get(second)
            #expect(!before.contains("Yosefina"))
            let v2 = try #require(Self.field("version", in: before))
            _ = try await worker.post(second + "/tindakan", [("action", "accept"), ("version", v2)])
            let (_, opened, _) = try await worker.get(second)
            #expect(opened.contains("Yosefina Bria"))
            #expect(try await fixture.store.audit.entries().contains { $0.action == "identity.read" && $0.detail.hasPrefix("referral") })
        }
    }

    /// A social worker whose agency is already involved in the case sees on the referral page the
    /// victim she may see on the case page, not only a pseudonym.
    @Test func anInvolvedReceiverSeesTheVictimOnTheReferralPage() async throws {
        try await WebFixture.with { fixture, client in
            try await fixture.store.agencies.create(Agency(id: "ag-s", code: "DINSOS", name: "Dinas Sosial", kind: .socialAffairs, provinceCode: nil))
            _ = try await fixture.store.users.create(username: "peksos", displayName: "Peksos", agencyID: "ag-s", role: .socialWorker,
                                                     email: nil, passwordHash: PasswordHasher(cost: 4).hash(WebFixture.password))
            let police = try await APITests.token(fixture, "penyidik")
            let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: police, body: """
                {"provinceCode":"53","regency":"Kabupaten Kupang","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":["ag-s"]}
                """)
            let caseID = try #require(created["id"] as? String)
            let (_, person) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/persons", token: police,
                                                      body: #"{"role":"victim","fullName":"Maria Goreti Nahak","sex":"female","phone":"081234567890"}"#)
            let victimID = try #require(person["id"] as? String)
            let (_, referral) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/referrals", token: police, body: """
                {"toAgencyId":"ag-s","service":"shelter","victimId":"\(victimID)","consent":{"kind":"victim_consent"},
                 "grants":["victim_identity","victim_contact"],"requestedOn":"\(CalendarDate(Date()).description)"}
                """)
            let referralID = try #require(referral["id"] as? String)
            var worker = Browser(client)
            _ = try await worker.signIn("peksos")
            let (_, page, _) = try await worker.get("/rujukan/\(referralID)")
            #expect(page.contains("Maria Goreti Nahak") && page.contains("81234567890"))
            #expect(page.contains("Identitas korban (pembacaan dicatat)"))
        }
    }

    @Test func aVerdictBeforeProsecutionIsRefused() async throws {
        try await WebFixture.with { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            try await officer.get("/kasus/baru")
            let (_, _, h) = try await officer.post("/kasus/baru", [("provinceCode", "35"), ("regency", "Kota Malang"),
                                                                  ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])
            let caseID = try await fixture.caseID(at: try #require(h[.location]))
            try await officer.get("/kasus/\(caseID)/koordinasi")
            #expect(try await officer.post("/kasus/\(caseID)/proses-hukum", [("action", "start"), ("suspect", "")]).0 == .seeOther)
            let (_, started, _) = try await officer.get("/kasus/\(caseID)/koordinasi")
            let track = try #require(Self.field("track", in: started))
            #expect(try await officer.post("/kasus/\(caseID)/proses-hukum", [("action", "start"), ("suspect", "")]).0 == .unprocessableContent,
                    "one track for the case as a whole")
            let (s, page, _) = try await officer.post("/kasus/\(caseID)/proses-hukum", [
                ("action", "verdict"), ("track", track), ("version", "1"), ("outcome", "convicted"), ("articles", "Pasal 2"), ("months", "36")])
            #expect(s == .conflict || s == .unprocessableContent)
            #expect(page.contains("error-summary"))
            // A task without a due date: the summary links to the field of the task form.
            let (noDate, taskPage, _) = try await officer.post("/kasus/\(caseID)/tugas", [("title", "Periksa saksi"), ("assignee", "ag-a")])
            #expect(noDate == .unprocessableContent)
            #expect(taskPage.contains("href=\"#f-dueOn-tugas\"") && taskPage.contains("id=\"f-dueOn-tugas\""))
            let (ok, _, _) = try await officer.post("/kasus/\(caseID)/proses-hukum", [("action", "advance"), ("track", track), ("stage", "inquiry"), ("version", "1")])
            #expect(ok == .seeOther)
            let (bad, _, _) = try await officer.post("/kasus/\(caseID)/proses-hukum", [("action", "advance"), ("track", track), ("stage", "inquiry"), ("version", "1")])
            #expect(bad == .conflict, "a stale version is detected")
            let (_, timeline, _) = try await officer.get("/kasus/\(caseID)/koordinasi")
            #expect(timeline.contains("Kasus didaftarkan"), "the case's own events are on its timeline")
        }
    }
}
