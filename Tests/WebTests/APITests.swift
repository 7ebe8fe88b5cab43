import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

@Suite("JSON API")
struct APITests {
    static func token(_ f: WebFixture, _ username: String) async throws -> String {
        let user = try #require(try await f.store.users.find(username: username))
        return try await f.store.tokens.createAPIToken(userID: user.id, name: "test", validFor: 1)
    }

    static func call(_ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String?,
                     body: String? = nil) async throws -> (HTTPResponse.Status, [String: Any]) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let r = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let json = (try? JSONSerialization.jsonObject(with: Data(buffer: r.body))) as? [String: Any] ?? [:]
        return (r.status, json)
    }

    static func message(_ json: [String: Any]) -> String {
        ((json["error"] as? [String: Any])?["message"] as? [String: String])?["en"] ?? ""
    }

    @Test func aTokenIsRequired() async throws {
        try await WebFixture.with { _, client in
            let (status, json) = try await Self.call(client, .get, "/api/v1/cases", token: "spl_nonsense")
            #expect(status == .unauthorized)
            #expect(Self.message(json).contains("API token"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aRevokedTokenIsRefusedAtTheNextRequestAndANewCaseListedAtOnce(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            let token = try await Self.token(f, "penyidik")
            let (s1, j1) = try await Self.call(client, .get, "/api/v1/cases", token: token)
            let before = (j1["cases"] as? [[String: Any]])?.count
            #expect(s1 == .ok)
            let (created, c) = try await Self.call(client, .post, "/api/v1/cases", token: token,
                                                   body: #"{"provinceCode":"53","regency":"Kota Kupang","openedOn":"2026-11-01","exploitationTypes":["forced_labour"],"summary":"s"}"#)
            #expect(created == .created)
            let (_, j2) = try await Self.call(client, .get, "/api/v1/cases", token: token)
            let listed = (j2["cases"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(listed.contains(c["id"] as? String ?? "?"))
            #expect(listed.count == min((before ?? 0) + 1, 50))

            let user = try #require(try await f.store.users.find(username: "penyidik"))
            #expect(try await f.store.tokens.revokeAPITokens(userID: user.id, name: "test") == 1)
            let (s3, _) = try await Self.call(client, .get, "/api/v1/cases", token: token)
            #expect(s3 == .unauthorized)
        }
    }

    @Test(arguments: TestBackend.available)
    func malformedInputIsA4xxThatNamesTheField(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            let token = try await Self.token(f, "penyidik")
            let (s1, j1) = try await Self.call(client, .post, "/api/v1/cases", token: token, body: "{not json")
            #expect(s1 == .badRequest && Self.message(j1) == "Malformed JSON")
            let (s2, j2) = try await Self.call(client, .post, "/api/v1/cases", token: token,
                                               body: #"{"provinceCode":53,"regency":"x","openedOn":"2026-01-01","exploitationTypes":[],"summary":""}"#)
            #expect(s2 == .badRequest && Self.message(j2).contains("provinceCode"))
            let (s3, j3) = try await Self.call(client, .post, "/api/v1/cases", token: token,
                                               body: #"{"provinceCode":"53","regency":"x","openedOn":"2026-01-01","exploitationTypes":["forced_labour", 3],"summary":""}"#)
            #expect(s3 == .badRequest && Self.message(j3).contains("exploitationTypes[1]"))
            let (s4, j4) = try await Self.call(client, .post, "/api/v1/cases", token: token,
                                               body: #"{"provinceCode":"99","regency":"","openedOn":"2026-01-01","exploitationTypes":[],"summary":""}"#)
            #expect(s4 == .unprocessableContent)
            let fields = ((j4["error"] as? [String: Any])?["fields"] as? [[String: String]])?.compactMap { $0["field"] }
            #expect(fields == ["provinceCode", "regency"])
            let (s5, _) = try await Self.call(client, .post, "/api/v1/cases", token: token, body: "[]")
            #expect(s5 == .badRequest)
        }
    }

    @Test(arguments: TestBackend.available)
    func aCaseRoundTripsAndIdentitiesFollowNeedToKnow(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            let token = try await Self.token(f, "penyidik")
            let (created, c) = try await Self.call(client, .post, "/api/v1/cases", token: token,
                body: #"{"provinceCode":"35","regency":"Kota Surabaya","openedOn":"2026-05-01","exploitationTypes":["sexual_exploitation"],"summary":"ringkas"}"#)
            #expect(created == .created)
            let id = try #require(c["id"] as? String)
            let (added, p) = try await Self.call(client, .post, "/api/v1/cases/\(id)/persons", token: token,
                body: #"{"role":"victim","fullName":"Siti Aminah","nik":"3578014512000001","birthDate":"2000-12-05","sex":"male"}"#)
            #expect(added == .created)
            #expect(((p["warnings"] as? [[String: String]])?.count ?? 0) == 1) // the NIK says female
            #expect(p["fullName"] == nil)

            let (ok, detail) = try await Self.call(client, .get, "/api/v1/cases/\(id)", token: token)
            #expect(ok == .ok)
            let persons = detail["persons"] as? [[String: Any]]
            #expect((persons?.first?["identity"] as? [String: Any])?["fullName"] as? String == "Siti Aminah")

            let admin = try await Self.token(f, "admin")
            let (_, adminView) = try await Self.call(client, .get, "/api/v1/cases/\(id)", token: admin)
            let adminPersons = adminView["persons"] as? [[String: Any]]
            #expect(adminPersons?.first?["identity"] == nil)
            #expect((adminPersons?.first?["pseudonym"] as? String)?.hasPrefix("Korban K-") == true)

            let outsider = try await Self.token(f, "luar")
            let (hidden, _) = try await Self.call(client, .get, "/api/v1/cases/\(id)", token: outsider)
            #expect(hidden == .notFound)
            let (_, list) = try await Self.call(client, .get, "/api/v1/cases?q=surabaya", token: token)
            #expect((list["cases"] as? [[String: Any]])?.count == 1 && list["hasMore"] as? Bool == false)
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryAPIRoute() async throws {
        try await WebFixture.with { _, client in
            let r = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = Set((doc["paths"] as? [String: Any])?.keys.map { $0 } ?? [])
            let routes: [SiteRoute.API] = [.openAPI, .me, .cases, .caseDetail("{id}"), .casePersons("{id}"), .caseCoordination("{id}"),
                                           .caseReferrals("{id}"), .referralEvents("{id}"), .caseServices("{id}"), .serviceEvents("{id}"), .myWork,
                                           .caseTasks("{id}"), .taskEvents("{id}"), .caseRestitution("{id}"), .restitutionEvents("{id}"),
                                           .caseEntities("{id}"), .offerChecks]
            for route in routes { #expect(paths.contains(SiteRoute.api(route).path), "\(route)") }
            #expect(paths.contains(SiteRoute.health.path))
        }
    }
}
