import Foundation
import Hummingbird
import HummingbirdTesting
import Law
import SimpulCommands
import Store
import Testing
@testable import Web

@Suite("Legal screening in the CLI, the API and the form")
struct ScreeningTests {
    static let p1 = #"""
    {"date":"2024-03-01","asOf":"2025-09-01","victim":{"age":34,"citizenship":"ID","sex":"male","consented":true},
     "acts":["recruitment","transportation","harbouring"],"means":["deception","debt_bondage"],
     "exploitation":{"types":["forced_labour"],"status":"occurred"},"movement":{"from":"ID","to":"ID"},
     "harms":[],"perpetrator":{"stateOfficialAbusingPower":false,"corporation":false,"organizedGroup":false},
     "stage":"completed","victimCompelledToOffend":false}
    """#

    static let p1Form: [(String, String)] = [
        ("date", "2024-03-01"), ("asOf", "2025-09-01"), ("victim.age", "34"), ("victim.citizenship", "ID"), ("victim.sex", "male"),
        ("victim.consented", "ya"), ("acts", "recruitment"), ("acts", "transportation"), ("acts", "harbouring"),
        ("means", "deception"), ("means", "debt_bondage"), ("exploitation.types", "forced_labour"), ("exploitation.status", "occurred"),
        ("movement.from", "ID"), ("movement.to", "ID"), ("harms", "none"), ("perpetrator.stateOfficialAbusingPower", "tidak"),
        ("perpetrator.corporation", "tidak"), ("perpetrator.organizedGroup", "tidak"), ("stage", "completed"),
        ("victimCompelledToOffend", "tidak"),
    ]

    static func object(_ json: String) -> NSDictionary? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? NSDictionary
    }

    @Test(arguments: TestBackend.available)
    func theThreeDoorsGiveTheSameAnswer(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            // The CLI.
            let cli = try ScreenCommand.render(Data(Self.p1.utf8), format: .json, language: .indonesian, today: Date()).get()
            // The API.
            let user = try #require(try await f.store.users.find(username: "penyidik"))
            let token = try await f.store.tokens.createAPIToken(userID: user.id, name: "t", validFor: 1)
            let r = try await client.execute(uri: "/api/v1/screenings", method: .post,
                                             headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                             body: ByteBuffer(string: Self.p1))
            #expect(r.status == .ok)
            let api = String(buffer: r.body)
            // The form, from a case, so the answer is kept with it.
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/kasus/baru")
            let (_, _, h) = try await b.post("/kasus/baru", [("provinceCode", "53"), ("regency", "Kabupaten Sumba Timur"), ("openedOn", "2025-08-01")])
            let casePath = try #require(h[.location])
            let caseID = try await f.caseID(at: casePath)
            try await b.get("/penapisan?kasus=\(caseID)")
            let (status, memo, _) = try await b.post("/penapisan", Self.p1Form + [("kasus", caseID)])
            #expect(status == .ok)
            #expect(memo.contains("UU 21/2007 Pasal 2"))
            #expect(memo.contains("Rp120.000.000"))
            let stored = try #require(try await f.store.screenings.list(caseID: caseID).first)

            #expect(Self.object(cli) != nil)
            #expect(Self.object(cli) == Self.object(api))
            #expect(Self.object(stored.resultJSON) == Self.object(api))
            #expect(stored.nationalVerdict == "offence" && stored.articles.contains("UU 21/2007 Pasal 2"))
            let (_, casePage, _) = try await b.get(casePath)
            #expect(casePage.contains("offence"))
        }
    }

    @Test func badFactsAreRefusedWithTheFieldNamed() async throws {
        try await WebFixture.with { f, client in
            let bad = #"{"victim":{"age":"sixteen"},"means":["deception","bribery"],"exploitation":{"status":"none","types":["prostitution"]}}"#
            guard case .failure(let cliError) = ScreenCommand.render(Data(bad.utf8), format: .json, language: .english, today: Date()) else {
                Issue.record("the CLI accepted bad facts"); return
            }
            #expect(cliError.issues.map(\.path).contains("means[1]"))

            let user = try #require(try await f.store.users.find(username: "penyidik"))
            let token = try await f.store.tokens.createAPIToken(userID: user.id, name: "t", validFor: 1)
            let r = try await client.execute(uri: "/api/v1/screenings", method: .post,
                                             headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(string: bad))
            #expect(r.status == .unprocessableContent)
            let body = String(buffer: r.body)
            #expect(body.contains("means[1]") && body.contains("victim.age"))
            #expect(body.contains("debt_bondage")) // the allowed values are named

            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/penapisan")
            let (status, page, _) = try await b.post("/penapisan", [("victim.age", "enam belas"), ("means", "deception")])
            #expect(status == .unprocessableContent)
            #expect(page.contains("href=\"#f-victim-age\""))
        }
    }

    /// The screening form names the case but shows no one: it opens no identity and writes no
    /// reading of one into the audit log.
    @Test func theScreeningFormOfACaseReadsNoIdentity() async throws {
        try await WebFixture.with { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            try await officer.get("/kasus/baru")
            let (_, _, headers) = try await officer.post("/kasus/baru", [("provinceCode", "53"), ("regency", "Kabupaten Kupang"),
                                                                          ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])
            let casePath = try #require(headers[.location])
            let caseID = try await fixture.caseID(at: casePath)
            try await officer.get(casePath)
            try await officer.post(casePath + "/orang", [("role", "victim"), ("fullName", "Yosefina Bria"), ("sex", "female")])
            let readsBefore = try await fixture.store.audit.entries(caseID: caseID).filter { $0.action == "identity.read" }.count
            let (status, page, _) = try await officer.get("/penapisan?kasus=\(caseID)")
            #expect(status == .ok && !page.contains("Yosefina"))
            let readsAfter = try await fixture.store.audit.entries(caseID: caseID).filter { $0.action == "identity.read" }.count
            #expect(readsAfter == readsBefore)
        }
    }

    @Test func aCasesScreeningStartsFromWhatTheCaseSaysAndAnIdentificationForItLeadsBackToIt() async throws {
        try await WebFixture.with { fixture, client in
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            let caseID = try await fixture.caseID(at: try await officer.registerCase([
                ("provinceCode", "53"), ("regency", "Kabupaten Kupang"), ("openedOn", "2026-10-01"), ("incidentDate", "2026-08-20"),
                ("exploitationTypes", "forced_labour"), ("exploitationTypes", "servitude"), ("exploitationCountry", "MY")]))
            // The screening form of the case: date, forms and movement from the case.
            let (_, form, _) = try await officer.get("/penapisan?kasus=\(caseID)")
            #expect(form.contains(#"name="date" value="2026-08-20""#))
            #expect(form.contains(#"value="forced_labour" checked"#) && form.contains(#"value="servitude" checked"#))
            #expect(!form.contains(#"value="prostitution" checked"#))
            #expect(form.contains(#"<option value="MY" selected"#) && form.contains(#"<option value="ID" selected"#))
            #expect(form.contains("diisi dari kasus"))
            // An identification started from the case carries it to the screening it fills in.
            let (_, idForm, _) = try await officer.get("/identifikasi?kasus=\(caseID)")
            #expect(idForm.contains(#"name="kasus" value="\#(caseID)""#))
            let q = Questionnaire.questions.map { ("q.\($0.id)", "yes") }
            let (_, result, _) = try await officer.post("/identifikasi", q + [("kasus", caseID), ("age", "24")])
            #expect(result.contains(#"name="kasus" value="\#(caseID)""#) && result.contains("Isi penapisan hukum kasus"))
            let (_, prefilled, _) = try await officer.post("/penapisan", [("isi", "1"), ("kasus", caseID), ("victim.age", "24")])
            #expect(prefilled.contains("hasilnya disimpan bersama kasus"))
            // Another agency's officer cannot use the case's id to learn of it.
            var other = Browser(client)
            _ = try await other.signIn("luar")
            let (status, _, _) = try await other.get("/identifikasi?kasus=\(caseID)")
            #expect(status == .notFound || status == .forbidden)
            _ = fixture
        }
    }
}
