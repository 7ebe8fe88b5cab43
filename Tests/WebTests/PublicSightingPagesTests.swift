import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// Issue 18 item 4 through the router, on both stores: a recruiter's phone checked by the public
/// on `/cek-lowongan` and through the API is counted for the investigators whose case file names
/// it, on the entities page and the network page; the public page and the public API never say
/// how often a number was named.
@Suite struct PublicSightingPagesTests {
    static let sentence = "Nomor ini disebut dalam 3 laporan dan pengecekan publik (0 laporan, 3 cek lowongan)."

    static func apiCheck(_ client: any TestClientProtocol) async throws -> (HTTPResponse.Status, Data) {
        let r = try await client.execute(uri: "/api/v1/offer-checks", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"offered_by": "person", "recruiter_phone": "+62 812-3456-7890"}"#))
        return (r.status, Data(buffer: r.body))
    }

    @Test(arguments: TestBackend.available)
    func investigatorsSeeHowOftenThePublicNamedTheSponsorsPhoneAndThePublicNever(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            // Set-up: Polda Jabar's case names the sponsor's phone as 0812-3456-7890.
            var s = try await NetworkScenario.set(up: fixture, client)

            // Under test: the public checks offers naming it, as "0812 3456 7890" and "+62 812-3456-7890".
            var walk = OfferWalk(Browser(client))
            try await OfferCheckPagesTests.walkSaudiOffer(&walk)
            let (s1, first) = try await Self.apiCheck(client)
            let (s2, second) = try await Self.apiCheck(client)

            // The public sees no count: the API answers the same whether the number was named once or thrice.
            #expect(s1 == .ok && s2 == .ok)
            let answers = try [first, second].map { try #require(try JSONSerialization.jsonObject(with: $0) as? NSDictionary) }
            #expect(answers[0] == answers[1], "\(String(decoding: first, as: UTF8.self))\n\(String(decoding: second, as: UTF8.self))")
            let body = String(decoding: first, as: UTF8.self)
            for word in ["disebut", "named_in", "sighting", "laporan dan pengecekan"] { #expect(!body.contains(word), "\(word)") }
            #expect(walk.heading == "Hasil pemeriksaan tawaran kerja")
            #expect(!walk.page.contains("disebut dalam") && !walk.page.contains("laporan dan pengecekan") && !walk.page.contains("named in"))

            // The investigator sees it beside the phone, on the entities page and the network page.
            let (_, entities, _) = try await s.jabar.get("/kasus/\(s.jabarCase)/entitas")
            #expect(entities.contains(Self.sentence))
            let jabarNumber = try #require(try await fixture.store.cases.record(id: s.jabarCase)).number
            let (_, casePage, _) = try await s.jabar.get("/kasus/\(jabarNumber)")
            #expect(casePage.contains(Self.sentence))
            let (_, network, _) = try await s.jabar.get("/kasus/\(s.jabarCase)/jaringan")
            #expect(network.contains(Self.sentence))
            // A number nobody checked says nothing.
            try await s.jabar.get("/kasus/\(s.jabarCase)/entitas")
            _ = try await s.jabar.post("/kasus/\(s.jabarCase)/entitas", [("type", "phone"), ("value", "0857 2210 4438")])
            let (_, after, _) = try await s.jabar.get("/kasus/\(s.jabarCase)/entitas")
            #expect(after.components(separatedBy: "disebut dalam").count == 2, "one sentence, for the sponsor's phone only")
        }
    }
}

extension PublicSightingPagesTests {
    @Test(arguments: TestBackend.available)
    func theEntitiesAPIGivesTheCountForAnEWalletByThePhoneItIsRegisteredTo(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            // Set-up: an OVO wallet in a case file, and a check naming its phone another way.
            let police = try await APITests.token(fixture, "penyidik")
            let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: police, body: """
                {"provinceCode":"53","regency":"Kabupaten Belu","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":[]}
                """)
            let caseID = try #require(created["id"] as? String)
            _ = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/entities", token: police,
                                        body: #"{"type":"ewallet","provider":"OVO","value":"0857-1111-2222"}"#)
            _ = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/entities", token: police, body: #"{"type":"phone","value":"0857-9999-0000"}"#)
            let r = try await client.execute(uri: "/api/v1/offer-checks", method: .post, headers: [.contentType: "application/json"],
                                             body: ByteBuffer(string: #"{"offered_by": "person", "recruiter_phone": "+62 857 1111 2222"}"#))
            #expect(r.status == .ok)

            // Under test: the investigators' API lists the count beside the wallet only.
            let (listed, list) = try await APITests.call(client, .get, "/api/v1/cases/\(caseID)/entities", token: police)
            let entities = try #require(list["entities"] as? [[String: Any]])
            #expect(listed == .ok && entities.count == 2)
            #expect(entities[0]["namedByPublic"] as? [String: Int] == ["reports": 0, "checks": 1])
            #expect(entities[1]["namedByPublic"] == nil)
        }
    }
}
