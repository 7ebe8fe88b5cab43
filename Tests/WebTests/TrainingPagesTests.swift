import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import Training
@testable import Web

/// `/pelatihan`: a study answered wrongly through the form, its marked result, 4xx for bad
/// input naming the field, and the instructor's view for the administrator alone.
@Suite struct TrainingPagesTests {
    @Test(arguments: TestBackend.available)
    func anOfficerAnswersWronglyAndSeesTheMissedItemsExplained(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let (listed, list, _) = try await officer.get("/pelatihan")
            #expect(listed == .ok && list.contains("/pelatihan/t05") && list.contains("belum dicoba"))

            // The scam-compound study, answered as if the victim were an offender: no offence, no rights.
            let (shown, form, _) = try await officer.get("/pelatihan/t05")
            #expect(shown == .ok && form.contains("<fieldset") && form.contains("<legend>") && !form.contains("<script"))
            #expect(form.contains("Tanggal perbuatan: 2026-03-01; dinilai menurut hukum yang berlaku pada 2026-12-01."))
            let (status, _, headers) = try await officer.post("/pelatihan/t05", [
                ("verdict", "no_offence"), ("element.act", "met"), ("element.means", "met"), ("element.purpose", "not_met")])
            #expect(status == .seeOther)
            let location = try #require(headers[.location])
            #expect(location.hasPrefix("/pelatihan/t05/hasil/"))

            let (_, result, _) = try await officer.get(location)
            #expect(result.contains("Belum lulus") && result.contains("Terlewat") && result.contains("Coba lagi"))
            #expect(result.contains("UU 21/2007 Pasal 18"), "the non-punishment right, missed, is explained")
            #expect(result.contains("sumber:") && result.contains("Palermo Protocol Art. 3"))

            // Another officer cannot open this attempt.
            var other = Browser(client)
            _ = try await other.signIn("luar")
            #expect(try await other.get(location).0 == .notFound)
            let (_, progress, _) = try await officer.get("/pelatihan/kemajuan")
            #expect(progress.contains("belum lulus (1 kali dicoba"))
        }
    }

    @Test func badInputIsAnsweredWith4xxNamingTheField() async throws {
        try await WebFixture.with { _, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            #expect(try await officer.get("/pelatihan/t999").0 == .notFound)
            try await officer.get("/pelatihan/t01")
            let (status, page, _) = try await officer.post("/pelatihan/t01", [("verdict", "maybe"), ("element.act", "met"),
                                                                              ("article", "UU 99/2099 Pasal 1")])
            #expect(status == .unprocessableContent)
            #expect(page.contains("verdict") && page.contains("offence, no_offence") && page.contains("element.means") && page.contains("article"))
            #expect(try await officer.post("/pelatihan/t999", [("verdict", "offence")]).0 == .notFound)
            #expect(try await officer.get("/pelatihan/sertifikat/tidak-ada").0 == .notFound)
            // Not signed in: to the sign-in page.
            #expect(try await client.execute(uri: "/pelatihan", method: .get).status == .seeOther)
        }
    }

    @Test func theInstructorsViewIsTheAdministratorsAndShowsWhatACohortMissed() async throws {
        try await WebFixture.with { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            #expect(try await officer.get("/pelatihan/instruktur").0 == .forbidden)
            try await officer.get("/pelatihan/t05")
            try await officer.post("/pelatihan/t05", [("verdict", "offence"), ("element.act", "met"), ("element.means", "met"),
                                                      ("element.purpose", "met")])

            var (admin, _) = try await AdminPagesTests.admin(fixture, client)
            let (status, page, _) = try await admin.get("/pelatihan/instruktur?instansi=ag-a")
            #expect(status == .ok && page.contains("1 petugas, 1 percobaan") && page.contains("UU 21/2007 Pasal 18") && page.contains("100%"))
            #expect(try await admin.get("/pelatihan/instruktur?instansi=nope").0 == .badRequest)
        }
    }

    @Test func theCertificateCheckIsPublicAndSaysNoMoreThanNameCourseAndDate() async throws {
        try await WebFixture.with { fixture, client in
            let officer = try #require(try await fixture.store.users.find(username: "penyidik"))
            let book = TrainingBook.bundled
            let course = book.catalogue.studies(in: .advanced)
            var code: String?
            for study in course {
                let key = try #require(book.keys[study.id])
                let g = Grading.grade(key.modelAnswer, against: key)
                code = try await fixture.store.training.record(g, study: study, courseStudies: course.map(\.id), by: officer.viewer,
                                                               name: officer.displayName).certificate?.code ?? code
            }
            let found = try #require(code)
            let r = try await client.execute(uri: "/pelatihan/periksa?kode=" + found.lowercased(), method: .get)
            let page = String(buffer: r.body)
            #expect(r.status == .ok && r.headers[.setCookie] == nil)
            #expect(page.contains(officer.displayName) && page.contains("Kursus lanjutan") && !page.contains("Instansi POLDA-A"))
            #expect(try await client.execute(uri: "/pelatihan/periksa?kode=AAAA", method: .get).status == .notFound)

            var browser = Browser(client)
            _ = try await browser.signIn("penyidik")
            let (_, sheet, _) = try await browser.get("/pelatihan/sertifikat/lanjutan")
            #expect(sheet.contains(found) && sheet.contains("/pelatihan/periksa?kode="))
        }
    }
}
