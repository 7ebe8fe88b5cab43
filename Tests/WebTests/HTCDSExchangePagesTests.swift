import Cases
import Foundation
import Hummingbird
import OpenData
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// `/kasus/htcds`: an agency's users download their agency's cases as HTCDS (identities only
/// when asked and allowed, every reading audited) and load a partner's file as their agency's
/// cases, following the import on a page any server can answer.
@Suite struct HTCDSExchangePagesTests {
    static let partnerFile = """
        {"cas_Id":"M-1","cas_Status":"Active","cas_IncomingReferralDate":"2025-03-01","ext_ProvinceCode":"53","persons":[{"prs_Id":"M-1-V","vic_TraffickingStatus":"PossibleVictimOfTrafficking","prs_Gender":"Feminine","vic_AgeWhenTrafficked":19}]}
        {"cas_Id":"M-2","cas_Status":"Later","cas_IncomingReferralDate":"2025-03-02","ext_ProvinceCode":"53"}
        {"cas_Id":"M-3","cas_Status":"Active","cas_IncomingReferralDate":"2025-03-03","ext_ProvinceCode":"53","persons":[{"prs_Id":"M-3-V","vic_TraffickingStatus":"PossibleVictimOfTrafficking","prs_FirstName":"Dewi","prs_Birthdate":"2001-13-40"}]}

        """

    static func viewer(_ fixture: WebFixture, _ username: String) async throws -> Viewer {
        try #require(try await fixture.store.users.find(username: username)).viewer
    }

    static func identityReads(_ fixture: WebFixture) async throws -> Int {
        try await fixture.store.db.query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'identity.read'", []).first?.int("n") ?? 0
    }

    @Test(arguments: TestBackend.available)
    func anOfficerImportsAPartnersFileAndSeesTheLoadedCountAndTheReject(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let (status, page, _) = try await officer.get("/kasus/htcds")
            #expect(status == .ok && page.contains("action=\"/kasus/htcds/impor\"") && page.contains("name=\"identitas\""))

            // The one thing under test: the upload, answered at once with the job's address.
            let posted = try await Self.upload(&officer, "mitra.jsonl", Self.partnerFile)
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            let jobID = String(location.split(separator: "/").last!)
            let viewer = try await Self.viewer(fixture, "penyidik")
            try await until("the import to finish") { try await fixture.store.htcdsImportJobs.job(jobID, viewer: viewer).state != .processing }

            let (jobStatus, jobPage, _) = try await officer.get(location)
            #expect(jobStatus == .ok && jobPage.contains("Selesai"))
            #expect(jobPage.contains("2 kasus, 1 orang dan 0 layanan dimuat") && jobPage.contains("2 penolakan"))
            #expect(jobPage.contains("persons[0].prs_Birthdate") && !jobPage.contains("2001-13-40") && jobPage.contains("(disembunyikan / withheld)"),
                    "a mistyped identity is not kept in the job")
            #expect(jobPage.contains("mitra.jsonl") && jobPage.contains("<code>cas_Status</code>") && jobPage.contains("Later")
                    && jobPage.contains("kode tidak dikenal") && jobPage.contains("unknown code"))
            #expect(try await fixture.store.db.query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'htcds.import'", []).first?.int("n") == 1)
            let imported = try await fixture.store.cases.list(CaseFilter(), viewer: viewer)
            #expect(imported.cases.count == 2 && imported.cases.allSatisfy { $0.provinceCode == "53" })

            // Nothing chosen, or both kinds at once: the form again, naming the field.
            let (none, nonePage) = try await NetworkScenario.upload(&officer, "/kasus/htcds/impor", fields: [], file: ("", ""))
            #expect(none == .unprocessableContent && nonePage.contains("Pilih berkas JSON Lines"))

            // Another agency's officer cannot open the job; the administrator and the analyst cannot import.
            var outsider = Browser(client)
            _ = try await outsider.signIn("luar")
            #expect(try await outsider.get(location).0 == .notFound)
            var (admin, _) = try await AdminPagesTests.admin(fixture, client)
            let (adminStatus, adminPage, _) = try await admin.get("/kasus/htcds")
            #expect(adminStatus == .ok && !adminPage.contains("action=\"/kasus/htcds/impor\"") && !adminPage.contains("name=\"identitas\""))
            #expect(try await Self.upload(&admin, "mitra.jsonl", Self.partnerFile).status == .forbidden)
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            #expect(try await analyst.get("/kasus/htcds").0 == .forbidden)
            #expect(try await analyst.get("/kasus/htcds/unduh?berkas=jsonl").0 == .forbidden)
        }
    }

    @Test(arguments: TestBackend.available)
    func theDownloadHoldsTheAgencysCasesAndIdentitiesOnlyWhenAskedAndAllowed(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            // Set-up: a case of the officer's agency with a named victim.
            let officer = try await Self.viewer(fixture, "penyidik")
            let draft = CaseDraft(provinceCode: "53", regency: "Kabupaten Kupang", openedOn: "2026-10-01", exploitationTypes: ["forced_labour"], summary: "s")
            let record = try await fixture.store.cases.register(try draft.validated(today: Date()), by: officer)
            let person = PersonDraft(role: "victim", fullName: "Maria Goreti Seran", nik: "5303015508950123", birthDate: "1995-08-15", sex: "female")
            _ = try await fixture.store.cases.addPerson(try person.validated(today: Date()), toCase: record.id, by: officer)
            var browser = Browser(client)
            _ = try await browser.signIn("penyidik")
            let readsBefore = try await Self.identityReads(fixture)

            // The one thing under test: the download, without and with identities.
            let (plainStatus, plain, headers) = try await browser.get("/kasus/htcds/unduh?berkas=jsonl")
            let (_, named, _) = try await browser.get("/kasus/htcds/unduh?berkas=jsonl&identitas=1")
            let (_, persons, _) = try await browser.get("/kasus/htcds/unduh?berkas=persons&identitas=1")
            let (_, casesCSV, _) = try await browser.get("/kasus/htcds/unduh?berkas=cases&identitas=1")

            #expect(plainStatus == .ok && headers[.contentDisposition] == "attachment; filename=\"htcds.jsonl\"")
            #expect(plain.contains("\"cas_Id\":\"\(record.id)\"") && !plain.contains("prs_FirstName") && !plain.contains("Maria"))
            #expect(named.contains("\"prs_FirstName\":\"Maria Goreti Seran\"") && persons.contains("Maria Goreti Seran"))
            #expect(casesCSV.hasPrefix("cas_Id,") && !casesCSV.contains("Maria"))
            #expect(try await Self.identityReads(fixture) == readsBefore + 2, "one reading audited per download that carried the victim")

            // Another agency's officer downloads none of it; the administrator never gets identities.
            var outsider = Browser(client)
            _ = try await outsider.signIn("luar")
            let (_, theirs, _) = try await outsider.get("/kasus/htcds/unduh?berkas=jsonl&identitas=1")
            #expect(!theirs.contains(record.id))
            var (admin, _) = try await AdminPagesTests.admin(fixture, client)
            let (_, adminFile, _) = try await admin.get("/kasus/htcds/unduh?berkas=persons&identitas=1")
            #expect(!adminFile.contains("prs_FirstName"))

            // A file or a box the form does not offer: 400 naming the field and what it takes.
            let (bad, badPage, _) = try await browser.get("/kasus/htcds/unduh?berkas=xml")
            #expect(bad == .badRequest && badPage.contains("berkas") && badPage.contains("jsonl, cases, persons, support"))
            #expect(try await browser.get("/kasus/htcds/unduh?berkas=jsonl&identitas=ya").0 == .badRequest)
        }
    }

    static func upload(_ b: inout Browser, _ name: String, _ text: String) async throws -> (status: HTTPResponse.Status, headers: HTTPFields) {
        let boundary = "----htcds-test"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(b.csrf ?? "")\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/jsonl\r\n\r\n"
            + text + "\r\n--\(boundary)--\r\n"
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers[.cookie] = b.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let r = try await b.client.execute(uri: "/kasus/htcds/impor", method: .post, headers: headers, body: ByteBuffer(string: body))
        return (r.status, r.headers)
    }
}

@Suite("An import job's rejects on the page")
struct HTCDSRejectListTests {
    @Test func aFileRejectedLineByLineListsTheFirstFiveHundredAndSaysHowManyMore() {
        let text = (1...502).map { "not json \($0)" }.joined(separator: "\n")
        let rejects = HTCDSImporter(agencyID: "ag-a", defaultProvinceCode: "35").importJSONLines(text, file: "mitra.jsonl").rejects.map(StoredReject.init)
        #expect(rejects.count == 502)
        let html = HTCDSImportJobView.rejects(rejects, lang: Lang(.indonesian)).render()
        #expect(html.components(separatedBy: "<tr>").count - 1 == 1 + HTCDSImportJobView.listed, "a header row and 500 rejects")
        #expect(html.contains("2 penolakan lainnya tidak ditampilkan"))
    }
}
