import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Testing
@testable import Web

/// Issue 16's scenario: a sponsor in NTT recruits with a phone that a case of Polda Jabar names
/// too. Three police units, an investigator in each, and the cases registered through the router.
struct NetworkScenario {
    let fixture: WebFixture
    let client: any TestClientProtocol
    var ntt: Browser
    var jabar: Browser
    var sulut: Browser
    let nttCase: String
    let jabarCase: String

    static let sponsorPhoneJabar = "0812-3456-7890"
    static let sponsorPhoneNTT = "+62 812 3456 7890"
    static let sponsorName = "Yohanes Bria Seran"

    static func set(up fixture: WebFixture, _ client: any TestClientProtocol) async throws -> NetworkScenario {
        let hash = PasswordHasher(cost: 4).hash(WebFixture.password)
        for (id, code, name, province) in [("ag-ntt", "POLDA-NTT", "Polda Nusa Tenggara Timur", "53"), ("ag-jabar", "POLDA-JABAR", "Polda Jawa Barat", "32"),
                                           ("ag-sulut", "POLDA-SULUT", "Polda Sulawesi Utara", "71")] {
            try await fixture.store.agencies.create(Agency(id: id, code: code, name: name, kind: .police, provinceCode: province))
            _ = try await fixture.store.users.create(username: "penyidik.\(code.dropFirst(6).lowercased())", displayName: code, agencyID: id,
                                                     role: .investigator, email: nil, passwordHash: hash)
        }
        var jabar = Browser(client), ntt = Browser(client), sulut = Browser(client)
        _ = try await jabar.signIn("penyidik.jabar")
        _ = try await ntt.signIn("penyidik.ntt")
        _ = try await sulut.signIn("penyidik.sulut")
        let jabarCase = try await fixture.caseID(at: try await register(&jabar, province: "32", regency: "Kabupaten Indramayu"))
        // Polda Jabar names the sponsor and the phone he recruits with.
        try await jabar.get("/kasus/\(jabarCase)/entitas")
        _ = try await jabar.post("/kasus/\(jabarCase)/entitas", [("type", "person"), ("value", sponsorName), ("role", "sponsor")])
        let sponsor = try #require(try await entityID(&jabar, jabarCase, containing: sponsorName))
        try await jabar.get("/kasus/\(jabarCase)/entitas")
        _ = try await jabar.post("/kasus/\(jabarCase)/entitas", [("type", "phone"), ("value", sponsorPhoneJabar), ("heldBy", sponsor),
                                                                 ("firstSeen", "2026-02-10")])
        let nttCase = try await fixture.caseID(at: try await register(&ntt, province: "53", regency: "Kabupaten Kupang"))
        return NetworkScenario(fixture: fixture, client: client, ntt: ntt, jabar: jabar, sulut: sulut, nttCase: nttCase, jabarCase: jabarCase)
    }

    /// Registers a case through the form; answers the case page's address (by number).
    static func register(_ b: inout Browser, province: String, regency: String) async throws -> String {
        try await b.get("/kasus/baru")
        let (status, _, headers) = try await b.post("/kasus/baru", [("provinceCode", province), ("regency", regency), ("openedOn", "2026-03-01"),
                                                                   ("exploitationTypes", "forced_labour")])
        #expect(status == .seeOther)
        return try #require(headers[.location])
    }

    /// The id of the case's entity whose row holds `text`, read from the entities page.
    static func entityID(_ b: inout Browser, _ caseID: String, containing text: String) async throws -> String? {
        let (_, page, _) = try await b.get("/kasus/\(caseID)/entitas")
        guard let at = page.range(of: text) else { return nil }
        let before = page[..<at.lowerBound]
        guard let row = before.range(of: "<tr id=\"e-", options: .backwards) else { return nil }
        return String(before[row.upperBound...].prefix { $0 != "\"" })
    }

    /// A multipart POST with the browser's cookies and CSRF token, as a file input sends it.
    static func upload(_ b: inout Browser, _ path: String, fields: [(String, String)], file: (name: String, text: String)) async throws -> (HTTPResponse.Status, String) {
        let boundary = "----simpul-test-boundary"
        var body = ""
        for (k, v) in fields + [("_csrf", b.csrf ?? "")] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n\(file.text)\r\n--\(boundary)--\r\n"
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers[.cookie] = b.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let r = try await b.client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        return (r.status, String(buffer: r.body))
    }
}
