import Foundation
import Store
import Testing
@testable import Web

/// `/api/v1/cases/{id}/entities`: the same entities and "seen elsewhere" as the pages, with the
/// same checks; bad bodies answered with the field and the value, never a 500.
@Suite struct NetworkAPITests {
    @Test(arguments: TestBackend.available)
    func anEntityPostedThroughTheAPIIsSeenElsewhereAsFarAsTheCallerMaySee(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            let police = try await APITests.token(fixture, "penyidik"), outsider = try await APITests.token(fixture, "luar")
            let analyst = try await APITests.token(fixture, "analis")
            var cases: [String] = []
            for token in [police, outsider] {
                let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: token, body: """
                    {"provinceCode":"53","regency":"Kabupaten Belu","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":[]}
                    """)
                cases.append(try #require(created["id"] as? String))
            }
            let (first, _) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0])/entities", token: police,
                                                     body: #"{"type":"ewallet","provider":"OVO","value":"0857-1111-2222","firstSeen":"2026-09-01"}"#)
            #expect(first == .created)
            let (created, body) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[1])/entities", token: outsider,
                                                          body: #"{"type":"ewallet","provider":"ovo","value":"+62 857 1111 2222"}"#)
            #expect(created == .created)
            let entity = try #require((body["entities"] as? [[String: Any]])?.first)
            let seen = try #require(entity["seenElsewhere"] as? [String: Any])
            #expect(seen["otherCases"] as? Int == 1 && seen["provinces"] as? [String] == ["53"])
            let other = try #require((seen["cases"] as? [[String: Any]])?.first)
            #expect(other["caseId"] == nil || other["caseId"] is NSNull)
            #expect((other["agencies"] as? [[String: Any]])?.first?["name"] as? String == "Instansi POLDA-A")
            #expect((body["notified"] as? [[String: Any]])?.map { $0["id"] as? String } == ["ag-a"])

            let (listed, list) = try await APITests.call(client, .get, "/api/v1/cases/\(cases[0])/entities", token: police)
            #expect(listed == .ok && list["valuesShown"] as? Bool == true)
            let mine = try #require((list["entities"] as? [[String: Any]])?.first?["entity"] as? [String: Any])
            #expect(mine["value"] as? String == "0857-1111-2222" && mine["provider"] as? String == "ovo" && mine["keyed"] as? Bool == true)

            let (hidden, _) = try await APITests.call(client, .get, "/api/v1/cases/\(cases[0])/entities", token: outsider)
            #expect(hidden == .notFound)
            let (refused, _) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0])/entities", token: outsider,
                                                       body: #"{"type":"phone","value":"081234567890"}"#)
            #expect(refused == .notFound, "an edge to a case the caller may not see")
            let (forbidden, _) = try await APITests.call(client, .get, "/api/v1/cases/\(cases[0])/entities", token: analyst)
            #expect(forbidden == .forbidden)
            let (badType, msg) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0])/entities", token: police,
                                                         body: #"{"type":"fax","value":"1"}"#)
            #expect(badType == .unprocessableContent && APITests.message(msg).contains("'fax'"))
            let (noType, missing) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0])/entities", token: police, body: #"{"value":"1"}"#)
            #expect(noType == .badRequest && APITests.message(missing).contains("type"))
            let (broken, _) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0])/entities", token: police, body: "{")
            #expect(broken == .badRequest)
            let (future, when) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0])/entities", token: police,
                                                         body: #"{"type":"phone","value":"081234567890","firstSeen":"2999-01-01"}"#)
            #expect(future == .unprocessableContent && APITests.message(when).contains("2999-01-01"))
        }
    }
}
