import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// The public job-offer checker through the router, on every store: one question a page with
/// the answers carried hidden, Back, errors that name their field, the result with each flag's
/// basis, and "Laporkan" into `/lapor` with nothing stored.
@Suite struct OfferCheckPagesTests {
    /// The offer: domestic work in Saudi Arabia on a visit visa, through an individual
    /// sponsor who asks a fee into a personal account and keeps the passport.
    static let saudiSteps: [(heading: String, answers: [(String, String)])] = [
        ("Siapa yang menawarkan pekerjaan ini?", [("offered_by", "person"), ("recruiter_name", "Pak Haji Sponsor")]),
        ("Ke negara mana Anda akan bekerja?", [("destination_country", "SA")]),
        ("Pekerjaan apa yang ditawarkan?", [("job", "domestic_worker")]),
        ("Untuk siapa Anda akan bekerja?", [("employer_kind", "private_household")]),
        ("Apakah Anda diminta membayar sesuatu?", [("asked_to_pay", "yes"), ("payment_item", "agency_fee")]),
        ("Berapa yang diminta untuk setiap biaya?", [("amount_agency_fee", "Rp 5.000.000")]),
        ("Ke mana atau bagaimana uangnya dibayarkan?", [("payment_channels", "personal_account")]),
        ("Visa apa yang akan Anda pakai?", [("visa_type", "visit")]),
        ("Apakah ada perjanjian kerja tertulis sebelum berangkat?", [("contract", "none")]),
        ("Apa yang sudah ada sebelum berangkat?", [("placement_agreement", "no"), ("training_certificate", "no")]),
        ("Berapa umur Anda?", [("age", "31")]),
        ("Siapa yang memegang paspor Anda sekarang?", [("passport_holder", "recruiter")]),
        ("Bagaimana perekrut menghubungi dan meyakinkan Anda?", [("chat_only_contact", "yes"), ("recruiter_phone", "0812 3456 7890")]),
    ]

    static let expectedFlags = ["individual_recruiter", "worker_pays_placement_costs", "payment_to_personal_account", "non_work_visa",
                                "no_written_contract", "household_work_moratorium", "passport_held_by_recruiter", "chat_only_contact",
                                "no_placement_agreement", "no_training"]

    /// Walks the Saudi offer to its result; each page asks what it should, one step further.
    static func walkSaudiOffer(_ walk: inout OfferWalk) async throws {
        #expect(try await walk.start() == .ok)
        for (i, step) in saudiSteps.enumerated() {
            #expect(walk.heading == step.heading, "page \(i + 1)")
            // The count follows the answers: no company page after "a person", one for the amounts once a cost
            // is ticked, none on a contract's language after "no contract".
            #expect(walk.page.contains("Langkah \(i + 1) dari \(i < 1 ? 14 : i < 5 ? 13 : i < 9 ? 14 : 13)"), "page \(i + 1)")
            #expect(walk.headers[.setCookie] == nil)
            #expect(try await walk.answer(step.answers) == .ok, "\(step.heading)")
        }
    }

    @Test(arguments: TestBackend.available)
    func theSaudiDomesticWorkOfferGetsEachRedFlagWithItsBasisAndGoesToLaporWithNothingStored(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            var walk = OfferWalk(Browser(client))
            try await Self.walkSaudiOffer(&walk)
            let result = walk.page

            // The verdict, never "safe"; every flag the answers raise, each with its basis.
            #expect(walk.heading == "Hasil pemeriksaan tawaran kerja")
            #expect(result.contains("class=\"verdict high_risk\"") && result.contains("Risiko tinggi"))
            for code in Self.expectedFlags { #expect(result.contains("id=\"flag-\(code)\""), "\(code)") }
            #expect(!result.contains("id=\"flag-under_18\"") && !result.contains("id=\"flag-scam_compound_destination\""))
            #expect(result.contains("UU 18/2017 Pasal 69") && result.contains("Berlaku sejak 22 November 2017"))
            #expect(result.contains("Kepmenaker 260/2015") && result.contains("Berlaku sejak 1 Juli 2015"))
            #expect(result.contains("Keyakinan sumber: tinggi") && result.contains("Keyakinan sumber: sedang"))
            #expect(result.contains("Belum pasti:"), "Saudi Arabia after 14 March 2025 is marked unsettled")
            #expect(result.contains("Biaya agen atau sponsor (Rp5.000.000)"))
            // What was not asked is named with the question that would settle it.
            #expect(result.contains("Belum bisa dinilai") && result.contains("name=\"goto\" value=\"documents\""))
            #expect(result.contains("0-800-1000") && result.contains("Nomor diperiksa terakhir: April 2025"))
            #expect(walk.headers[.setCookie] == nil && walk.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(result.utf8.count < 50_000, "\(result.utf8.count) bytes")

            // "Laporkan lowongan ini": the offer's answers open /lapor's questionnaire, prefilled.
            let report = try #require(PageReading.form(result, action: "/lapor/langkah"))
            let prefill = PageReading.hidden(report)
            #expect(prefill.filter { $0.0 == "situation" }.map(\.1) == ["deceptive_job_abroad", "documents_held"])
            let narrative = try #require(prefill.first { $0.0 == "narrative" }?.1)
            #expect(narrative.contains("Negara tujuan: Arab Saudi") && narrative.contains("Telepon perekrut: 0812 3456 7890"))
            #expect(narrative.contains("Tawaran datang dari perorangan"))
            var reporter = walk.browser
            let (s, lapor, h) = try await reporter.post("/lapor/langkah", prefill, csrf: false)
            #expect(s == .ok && PageReading.h1(lapor) == "Apakah ada orang dalam bahaya sekarang?" && h[.setCookie] == nil)
            #expect(PageReading.hidden(lapor).contains { $0.0 == "narrative" && $0.1 == narrative }, "the narrative travels on in /lapor")
            let (s2, what, _) = try await reporter.post("/lapor/langkah", PageReading.hidden(lapor) + [("step", "danger"), ("danger", "no")], csrf: false)
            #expect(s2 == .ok && what.contains("Arab Saudi") && what.contains("value=\"deceptive_job_abroad\" checked"),
                    "the person sees the offer in the narrative box and the situation ticked, and may change them")
            let queued = try await f.store.reports.queue(agencyID: "ag-a").count + (try await f.store.reports.queue(agencyID: "ag-gt").count)
            #expect(queued == 0, "nothing is stored before the report is sent")
            #expect(try await f.store.audit.entries().isEmpty, "a check leaves no trace")
        }
    }

    @Test func backGoesOnePageBackWithTheAnswersKept() async throws {
        try await WebFixture.with { _, client in
            var walk = OfferWalk(Browser(client))
            try await walk.start()
            for step in Self.saudiSteps.prefix(9) { try await walk.answer(step.answers) }
            #expect(walk.heading == "Apa yang sudah ada sebelum berangkat?")
            #expect(try await walk.answer([], go: ("go", "back")) == .ok)
            #expect(walk.heading == "Apakah ada perjanjian kerja tertulis sebelum berangkat?")
            #expect(walk.page.contains("name=\"contract\" value=\"none\" checked"), "the answer given is shown again")
            try await walk.answer([], go: ("go", "back"))
            try await walk.answer([], go: ("go", "back"))
            #expect(walk.heading == "Ke mana atau bagaimana uangnya dibayarkan?")
            try await walk.answer([], go: ("go", "back"))
            #expect(walk.page.contains("value=\"Rp 5.000.000\""), "an amount comes back as typed")
            // From the result, "change answers" goes to the last page; "answer" to the page asked.
            var full = OfferWalk(Browser(client))
            try await Self.walkSaudiOffer(&full)
            var again = full
            try await again.answer([], go: ("go", "back"))
            #expect(again.heading == "Bagaimana perekrut menghubungi dan meyakinkan Anda?")
            try await full.answer([], go: ("goto", "documents"))
            #expect(full.heading == "Apa yang sudah ada sebelum berangkat?")
            #expect(full.page.contains("name=\"placement_agreement\" value=\"no\" checked"))
            // A company's offer asks about the company; a missing contract skips its language.
            var company = OfferWalk(Browser(client))
            try await company.start()
            try await company.answer([("offered_by", "company")])
            #expect(company.heading == "Perusahaan mana yang menawarkan?" && company.page.contains("Langkah 2 dari 14"))
        }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsRefusedNamingTheFieldBesideIt(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            var walk = OfferWalk(Browser(client))
            try await walk.start()
            for step in Self.saudiSteps.prefix(10) { try await walk.answer(step.answers) }
            // A word for an age: the age page again, the summary linking to the field, the message beside it.
            #expect(try await walk.answer([("age", "tiga puluh")]) == .unprocessableContent)
            #expect(walk.heading == "Berapa umur Anda?")
            #expect(walk.page.contains("href=\"#f-age\"") && walk.page.contains("Umur: \"tiga puluh\" bukan bilangan bulat"))
            #expect(walk.page.contains("class=\"field has-error\"") && walk.page.contains("value=\"tiga puluh\""))
            #expect(try await walk.answer([("age", "150")]) == .unprocessableContent)
            #expect(walk.page.contains("Umur: 150 di luar batas; harus antara 10 dan 100 tahun"))
            #expect(try await walk.answer([("age", "31")]) == .ok)

            // Tampered and over-long answers, from any page, send the person to the page that asks them.
            let carried = PageReading.hidden(try #require(PageReading.form(walk.page, action: "/cek-lowongan/langkah")))
            func refused(_ bad: [(String, String)]) async throws -> OfferWalk {
                var w = walk
                let status = try await w.send(carried.filter { name, _ in !bad.contains { $0.0 == name } } + bad + [("go", "next")])
                #expect(status == .unprocessableContent, "\(bad)")
                return w
            }
            let alien = try await refused([("offered_by", "alien")])
            #expect(alien.heading == "Siapa yang menawarkan pekerjaan ini?")
            #expect(alien.page.contains("Yang menawarkan: nilai \"alien\" tidak dikenal; yang diizinkan: person, company, unknown"))
            let long = try await refused([("recruiter_name", String(repeating: "x", count: 201))])
            #expect(long.page.contains("Nama perekrut: terlalu panjang (201 karakter); paling banyak 200 karakter"))
            let amount = try await refused([("amount_agency_fee", "lima juta")])
            #expect(amount.heading == "Berapa yang diminta untuk setiap biaya?" && amount.page.contains("href=\"#f-amount-agency-fee\""))
            #expect(amount.page.contains("value=\"lima juta\""), "the refused amount is shown back beside its message")
            let negative = try await refused([("amount_agency_fee", "-5")])
            #expect(negative.page.contains("Jumlah untuk Biaya agen atau sponsor: jumlah tidak boleh negatif (-5)") && negative.page.contains("value=\"-5\""))
            let phone = try await refused([("recruiter_phone", "hubungi lewat DM")])
            #expect(phone.heading == "Bagaimana perekrut menghubungi dan meyakinkan Anda?" && phone.page.contains("tidak terbaca sebagai nomor telepon"))
            let home = try await refused([("destination_country", "ID")])
            #expect(home.page.contains("Negara tujuan: negara tujuan harus di luar Indonesia"))
            let two = try await refused([("visa_type", "rocket"), ("payment_channels", "barter")])
            #expect(two.heading == "Ke mana atau bagaimana uangnya dibayarkan?", "the first page with a problem, in page order")
            #expect(two.page.contains("href=\"#f-payment-channels\"") && two.page.contains("href=\"#f-visa-type\""), "every problem is in the summary")

            // Not a step, another site's form, a reload: a clear answer, never a 500.
            var b = Browser(client)
            #expect(try await b.post("/cek-lowongan/langkah", [("step", "nonsense")], csrf: false).0 == .badRequest)
            let (cross, _, _) = try await b.send("/cek-lowongan/langkah", method: .post, body: "start=1", extra: [.init("Origin")!: "https://evil.example"])
            #expect(cross == .forbidden)
            let (reload, _, to) = try await b.get("/cek-lowongan/langkah")
            #expect(reload == .seeOther && to[.location] == "/cek-lowongan")
            #expect(try await b.send("/cek-lowongan/langkah", method: .post, body: String(repeating: "a=b&", count: 20_000)).0 == .contentTooLarge)
        }
    }

    @Test func theCheckerSpeaksEnglishWhenAsked() async throws {
        try await WebFixture.with { _, client in
            var walk = OfferWalk(Browser(client))
            try await walk.start(english: true)
            #expect(walk.heading == "Who offered you this job?" && walk.page.contains("lang=\"en\""))
            try await walk.answer([("offered_by", "person")])
            #expect(walk.heading == "In which country would you work?")
            let (_, intro, _) = try await walk.browser.get("/cek-lowongan?bahasa=en")
            #expect(intro.contains("Check an offer of work abroad"))
        }
    }
}
