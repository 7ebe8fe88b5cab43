import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Linkage
import Store
import Testing
@testable import Web

/// Registering a person shows who they may already be in other agencies' records; confirm,
/// reject and undo on the page and in the API.
@Suite struct PersonMatchPagesTests {
    /// Signs in, registers a case and a person through the forms; answers the browser and where
    /// the person form sent it.
    static func register(_ client: any TestClientProtocol, as user: String, person: [(String, String)]) async throws -> (Browser, String) {
        var b = Browser(client)
        _ = try await b.signIn(user)
        try await b.get("/kasus/baru")
        let (_, _, headers) = try await b.post("/kasus/baru", [("provinceCode", "53"), ("regency", "Kabupaten Kupang"),
                                                               ("openedOn", "2026-10-01"), ("exploitationTypes", "forced_labour")])
        let casePath = try #require(headers[.location])
        try await b.get(casePath)
        let (added, _, to) = try await b.post(casePath + "/orang", person)
        #expect(added == .seeOther)
        return (b, try #require(to[.location]))
    }

    @Test(arguments: TestBackend.available)
    func aNewPersonIsShownTheirLikelyRecordsElsewhereWithoutTheirIdentity(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            _ = try await Self.register(client, as: "penyidik", person: [("role", "victim"), ("fullName", "Yosefina Bria"),
                                                                        ("nik", "5303016408990001"), ("birthDate", "1999-08-24"), ("sex", "female")])
            var (outsider, matchPath) = try await Self.register(client, as: "luar", person: [
                ("role", "victim"), ("fullName", "YOSEPHINA BRIA"), ("birthDate", "1999-08-24"), ("sex", "female")])
            #expect(matchPath.hasPrefix("/orang/") && matchPath.hasSuffix("/kecocokan?baru=1"))
            let (ok, page, _) = try await outsider.get(matchPath)
            #expect(ok == .ok)
            #expect(page.contains("Orang telah disimpan"))
            #expect(page.contains("YOSEPHINA BRIA"), "the officer's own person, by name")
            #expect(!page.contains("Yosefina Bria") && !page.contains("5303016408990001"), "the other agency's person stays hidden")
            #expect(page.contains("Hubungi instansi yang menanganinya: Instansi POLDA-A"))
            // Of a person she may not see, a band in words: no probability, no evidence field by field.
            #expect(page.contains("Sangat mungkin orang yang sama"))
            #expect(!page.contains("Tanggal lahir: identik") && !page.contains("kemungkinan ") && !page.contains("Mengapa cocok"))

            // Confirm; the page then lists the decision with its history and offers undo.
            let path = String(matchPath.prefix { $0 != "?" })
            let candidate = try #require(page.range(of: "name=\"candidate\" value=\"").map { String(page[$0.upperBound...].prefix { $0 != "\"" }) })
            let (confirmed, _, to) = try await outsider.post(path, [("candidate", candidate), ("version", "0"), ("action", "confirm"),
                                                                    ("note", "tanggal lahir sama")])
            #expect(confirmed == .seeOther && to[.location] == path)
            let (_, after, _) = try await outsider.get(path)
            #expect(after.contains("Dikonfirmasi orang yang sama") && after.contains("tanggal lahir sama"))
            #expect(after.contains("value=\"undo\""))
            // The same form again (version 0) is a conflict, not a second decision.
            let (stale, _, _) = try await outsider.post(path, [("candidate", candidate), ("version", "0"), ("action", "confirm")])
            #expect(stale == .conflict)
            let (unknown, bad, _) = try await outsider.post(path, [("candidate", candidate), ("version", "1"), ("action", "merge")])
            #expect(unknown == .unprocessableContent && bad.contains("Tindakan tidak dikenal"))
            #expect(bad.contains("href=\"#cand-0\""), "the summary links to the card whose form was sent")
            let (undone, _, _) = try await outsider.post(path, [("candidate", candidate), ("version", "1"), ("action", "undo")])
            #expect(undone == .seeOther)
            let (_, last, _) = try await outsider.get(path)
            #expect(last.contains("Batalkan keputusan") && last.contains("Konfirmasi orang yang sama"))
        }
    }

    @Test(arguments: TestBackend.available)
    func theAPIGivesTheSameAnswerAndRefusesBadDecisions(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            let police = try await APITests.token(fixture, "penyidik")
            let outsider = try await APITests.token(fixture, "luar")
            let analyst = try await APITests.token(fixture, "analis")
            var ids: [String] = []
            for (token, name) in [(police, "Agustinus Nahak"), (outsider, "Agustinus Nahak")] {
                let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: token, body: """
                    {"provinceCode":"53","regency":"Kabupaten Belu","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":[]}
                    """)
                let caseID = try #require(created["id"] as? String)
                let (_, person) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/persons", token: token, body: """
                    {"role":"suspect","fullName":"\(name)","nik":"5304011005850003","sex":"male","phone":"+6281234500001"}
                    """)
                ids.append(try #require(person["id"] as? String))
            }
            let (ok, body) = try await APITests.call(client, .get, "/api/v1/persons/\(ids[1])/matches", token: outsider)
            #expect(ok == .ok)
            let candidates = try #require(body["candidates"] as? [[String: Any]])
            let top = try #require(candidates.first)
            #expect(top["personId"] as? String == ids[0])
            #expect(top["identity"] == nil && top["caseNumber"] == nil)
            #expect(top["band"] as? String == "very_likely")
            #expect(top["probability"] == nil || top["probability"] is NSNull)
            #expect((top["evidence"] as? [[String: Any]])?.isEmpty == true)

            let (forbidden, _) = try await APITests.call(client, .get, "/api/v1/persons/\(ids[1])/matches", token: analyst)
            #expect(forbidden == .forbidden)
            let (hidden, _) = try await APITests.call(client, .get, "/api/v1/persons/\(ids[1])/matches", token: police)
            #expect(hidden == .notFound)
            let (malformed, _) = try await APITests.call(client, .post, "/api/v1/persons/\(ids[1])/links", token: outsider,
                                                         body: #"{"candidateId":42}"#)
            #expect(malformed == .badRequest)
            let (badAction, msg) = try await APITests.call(client, .post, "/api/v1/persons/\(ids[1])/links", token: outsider,
                                                           body: #"{"candidateId":"\#(ids[0])","action":"merge","expectedVersion":0}"#)
            #expect(badAction == .unprocessableContent && APITests.message(msg).contains("confirm, reject, undo"))
            let (rejected, link) = try await APITests.call(client, .post, "/api/v1/persons/\(ids[1])/links", token: outsider,
                                                           body: #"{"candidateId":"\#(ids[0])","action":"reject","expectedVersion":0,"note":"beda ayah"}"#)
            #expect(rejected == .ok && link["status"] as? String == "rejected" && link["version"] as? Int == 1)
            let (stale, _) = try await APITests.call(client, .post, "/api/v1/persons/\(ids[1])/links", token: outsider,
                                                     body: #"{"candidateId":"\#(ids[0])","action":"undo","expectedVersion":0}"#)
            #expect(stale == .conflict)
        }
    }
}

@Suite struct MatchEvidenceTextTests {
    /// When the linkage library gains a level, its Indonesian name must be added too.
    @Test(arguments: LinkageField.allCases)
    func everyLevelHasAnIndonesianName(_ field: LinkageField) {
        #expect(MatchEvidenceText.indonesianLevels(field).count == field.levelCount)
    }

    /// Weights are said in words ("kuat", "sedang"), the stronger the weight the stronger the word.
    @Test func weightsAreSaidInWordsThatGrowWithTheWeight() {
        let words = [-8.0, -2, 0, 2, 4, 12.6].map { MatchEvidenceText.strength($0).id }
        #expect(words == ["sangat melemahkan", "agak melemahkan", "hampir tidak berarti", "bukti sedang", "bukti kuat", "bukti sangat kuat"])
        #expect(!MatchEvidenceText.strength(12.6).id.contains("12"))
    }
}
