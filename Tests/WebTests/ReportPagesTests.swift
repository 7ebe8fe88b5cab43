import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// The public report pages and the agency's desk, through the router.
@Suite struct ReportPagesTests {
    /// A complete set of answers as the questionnaire's hidden fields carry them.
    static let answers: [(String, String)] = [
        ("danger", "no"), ("situation", "sexual"), ("situation", "documents_held"),
        ("narrative", "Kakak saya ditahan di sebuah karaoke, paspornya diambil."), ("relation", "family"), ("child", "no"),
        ("victims", "one"), ("where", "indonesia"), ("contact", "receipt_only"),
    ]

    static func code(in page: String) -> String? {
        guard let r = page.range(of: "class=\"receipt\"") else { return nil }
        let after = page[r.upperBound...].drop { $0 != ">" }.dropFirst()
        return String(after.prefix { $0 != "<" })
    }

    static func send(_ b: inout Browser, _ fields: [(String, String)] = answers) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        try await b.post("/lapor/kirim", fields, csrf: false)
    }

    @Test(arguments: TestBackend.available)
    func aReporterGetsACodeAndReadsTheAgencysReplyWithIt(backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var reporter = Browser(client)
            // The questionnaire walks forward one page at a time, carrying answers.
            let (s0, p0, _) = try await reporter.post("/lapor/langkah", [("start", "1")], csrf: false)
            #expect(s0 == .ok && p0.contains("Apakah ada orang dalam bahaya sekarang?"))
            let (s1, p1, _) = try await reporter.post("/lapor/langkah", [("step", "danger"), ("danger", "yes")], csrf: false)
            #expect(s1 == .ok && p1.contains("Apa yang terjadi?"))
            #expect(p1.contains("tel:110") && p1.contains("tel:129"), "someone in danger: the emergency numbers at once")
            #expect(p1.contains("name=\"danger\" value=\"yes\""), "the answer travels on, hidden")

            let (status, receipt, headers) = try await Self.send(&reporter)
            #expect(status == .ok)
            let code = try #require(Self.code(in: receipt))
            #expect(code.filter(\.isNumber).count == 16)
            #expect(headers[.setCookie] == nil, "no cookie on the public side")
            #expect(headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(headers[.cacheControl] == "no-store")
            #expect(reporter.cookies.isEmpty)

            // The report lands in the police queue (sexual exploitation, no province → national police).
            let reports = try await fixture.store.reports.queue(agencyID: "ag-a")
            #expect(reports.count == 1)
            #expect(reports[0].exploitationTypes == [.sexualExploitation])

            // An uninvolved agency cannot open it; the agency in charge can, and replies.
            var outsider = Browser(client)
            _ = try await outsider.signIn("luar")
            #expect(try await outsider.get("/laporan/\(reports[0].id)").0 == .notFound)
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let (qs, queue, _) = try await officer.get("/laporan")
            #expect(qs == .ok && queue.contains(reports[0].reference))
            let (ds, detail, _) = try await officer.get("/laporan/\(reports[0].id)")
            #expect(ds == .ok && detail.contains("paspornya diambil"))
            let (ps, _, _) = try await officer.post("/laporan/\(reports[0].id)/pesan",
                                                   [("kind", "question"), ("body", "Di kota mana karaoke itu?")])
            #expect(ps == .seeOther)
            _ = try await officer.post("/laporan/\(reports[0].id)/pesan", [("kind", "note"), ("body", "Catatan internal rahasia")])

            // The reporter comes back with the code alone.
            var later = Browser(client)
            let (rs, thread, rh) = try await later.post("/lapor/kembali", [("code", code)], csrf: false)
            #expect(rs == .ok)
            #expect(thread.contains("Di kota mana karaoke itu?"))
            #expect(!thread.contains("Catatan internal rahasia"), "internal notes never reach the reporter")
            #expect(rh[.setCookie] == nil, "no cookie unless the reporter asks to stay")
            let access = try #require(thread.range(of: "name=\"access\" value=\"").map { String(thread[$0.upperBound...].prefix { $0 != "\"" }) })
            let (as_, _, _) = try await later.post("/lapor/laporan", [("access", access), ("message", "Di Batam, dekat pelabuhan.")], csrf: false)
            #expect(as_ == .ok)
            let (_, after, _) = try await officer.get("/laporan/\(reports[0].id)")
            #expect(after.contains("Di Batam, dekat pelabuhan."))
            #expect(try await fixture.store.audit.entries().contains { $0.action == "report.read" })
        }
    }

    @Test func aWrongCodeOpensNothingAndATypoIsToldApart() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            let (s1, p1, _) = try await b.post("/lapor/kembali", [("code", "1234 5678 9012 3456")], csrf: false)
            #expect(s1 == .unprocessableContent && p1.contains("tertukar"), "a check-digit failure costs no hashing")
            let (_, receipt, _) = try await Self.send(&b)
            var code = Array(try #require(Self.code(in: receipt)).filter(\.isNumber))
            code.swapAt(14, 15)
            if code[14] != code[15] {
                #expect(try await b.post("/lapor/kembali", [("code", String(code))], csrf: false).0 == .unprocessableContent)
            }
        }
    }

    @Test func badInputIsNamedAndNothingValidIsLost() async throws {
        try await WebFixture.with { fixture, client in
            var b = Browser(client)
            let long = String(repeating: "x", count: 6_000)
            let (s, page, _) = try await Self.send(&b, [("danger", "perhaps"), ("narrative", long), ("contact", "never")])
            #expect(s == .unprocessableContent)
            #expect(page.contains("\"perhaps\"") && page.contains("5000"))
            let (cross, _, _) = try await b.send("/lapor/kirim", method: .post, body: "danger=no", extra: [.init("Origin")!: "https://evil.example"])
            #expect(cross == .forbidden)
            let (s2, _, _) = try await b.post("/lapor/langkah", [("step", "nonsense")], csrf: false)
            #expect(s2 == .badRequest)
            let (reload, _, to) = try await b.get("/lapor/kirim")
            #expect(reload == .seeOther && to[.location] == "/lapor", "a reload after sending goes back to the start, not to a 404")
            #expect(try await fixture.store.reports.queue(agencyID: "ag-a").isEmpty)
            // Valid and invalid submissions in one burst: every valid one is kept.
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for i in 0..<20 {
                    group.addTask {
                        var c = Browser(client)
                        return try await Self.send(&c, i % 2 == 0 ? Self.answers : [("danger", "x")]).0
                    }
                }
                var ok = 0
                for try await status in group where status == .ok { ok += 1 }
                #expect(ok >= 3, "the first few from one address need no challenge")
            }
        }
    }

    @Test func aBusyAddressMustAnswerAChallenge() async throws {
        try await WebFixture.with { fixture, client in
            var b = Browser(client)
            for _ in 0..<3 { #expect(try await Self.send(&b).0 == .ok) }
            let (s, page, _) = try await Self.send(&b)
            #expect(s == .unprocessableContent && page.contains("name=\"challenge\""))
            let token = try #require(page.range(of: "name=\"challenge\" value=\"").map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
            let words = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
            let q = try #require(page.range(of: "Berapa ").map { String(page[$0.upperBound...].prefix { $0 != "?" }) })
            let parts = q.components(separatedBy: " ditambah ")
            let sum = try #require(words.firstIndex(of: parts[0])) + (try #require(words.firstIndex(of: parts[1])))
            #expect(try await Self.send(&b, Self.answers + [("challenge", token), ("answer", String(sum))]).0 == .ok)
            #expect(try await Self.send(&b, Self.answers + [("challenge", token), ("answer", String(sum))]).0 == .unprocessableContent,
                    "a solved challenge is spent")
            #expect(try await fixture.store.reports.queue(agencyID: "ag-a").count == 4)
        }
    }

    @Test func aHotlineOperatorFilesForACallerWhoGetsTheCode() async throws {
        try await WebFixture.with { fixture, client in
            var op = Browser(client)
            _ = try await op.signIn("penyidik")
            _ = try await op.get("/laporan/baru")
            let (bad, _, _) = try await op.post("/laporan/baru", Self.answers)
            #expect(bad == .unprocessableContent, "the channel is required")
            let (_, form, _) = try await op.get("/laporan/baru")
            #expect(form.contains("Siapa penelepon bagi orang itu?") && !form.contains("Siapa Anda"), "the form speaks of the caller")
            let (s, page, _) = try await op.post("/laporan/baru", Self.answers + [("channel", "phone")])
            #expect(s == .ok)
            #expect(Self.code(in: page) != nil && page.contains("Bacakan kode"))
            let r = try #require(try await fixture.store.reports.queue(agencyID: "ag-a").first)
            #expect(r.channel == .phone)
            // The operator can tell the caller where the report went.
            #expect(page.contains("Diteruskan ke") && page.contains("Instansi POLDA-A") && page.contains(r.reference))
            #expect(!page.contains("Laporan Anda sudah kami terima"))
        }
    }

    @Test func theAdministratorsRoutingTableDecidesTheQueue() async throws {
        try await WebFixture.with { fixture, _ in
            let rules = try await fixture.store.reports.rules()
            #expect(rules.count == 5, "the defaults are installed once")
            let viewer = try #require(try await fixture.store.users.find(username: "admin")).viewer
            for r in rules { try await fixture.store.reports.deleteRule(id: r.id, by: viewer) }
            try await fixture.store.reports.installDefaults(dutyAgencyIDs: [])
            #expect(try await fixture.store.reports.rules().isEmpty, "an emptied table stays empty")
            try await fixture.store.reports.saveRule(.init(id: "all-to-b", position: 1, target: .agency("ag-b")), by: viewer)
            let router = try await fixture.store.reports.router(agencies: try await fixture.store.agencies.all(), fallbackAgencyID: "ag-gt")
            #expect(router.route(.init(exploitationTypes: [], provinceCode: nil, child: false, abroad: false, urgent: true)).agencyID == "ag-b")
            #expect(try await fixture.store.audit.entries().contains { $0.action == "report.rule_saved" })
        }
    }
}
