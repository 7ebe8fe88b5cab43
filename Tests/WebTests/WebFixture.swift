import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Security
import Store
import Testing
@testable import Web

/// A store with three agencies and users, and the application over it.
struct WebFixture {
    let store: SimpulStore

    /// The id of the case a page address names (by its number, as addresses now do).
    func caseID(at location: String) async throws -> String {
        let key = String(location.split(separator: "/").last ?? "")
        return try #require(try await store.cases.caseID(number: key), "no case numbered \(key)")
    }
        static let password = "kata-sandi-uji-123"

    static func with(_ backend: TestBackend = .sqlite, config: AppConfig = AppConfig(bcryptCost: 4, receiptHashing: .insecureForTests),
                     _ body: @escaping @Sendable (WebFixture, any TestClientProtocol) async throws -> Void) async throws {
        try await backend.withDatabase { db in
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: Array(repeating: 5, count: 32)))
            for (id, code, kind) in [("ag-a", "POLDA-A", Agency.Kind.police), ("ag-b", "POLDA-B", .police), ("ag-gt", "GT", .taskForce)] {
                try await store.agencies.create(Agency(id: id, code: code, name: "Instansi \(code)", kind: kind, provinceCode: nil))
            }
            let hash = PasswordHasher(cost: 4).hash(password)
            for (name, agency, role) in [("penyidik", "ag-a", Role.investigator), ("luar", "ag-b", .investigator),
                                         ("admin", "ag-gt", .administrator), ("analis", "ag-gt", .analyst)] {
                _ = try await store.users.create(username: name, displayName: name.capitalized, agencyID: agency, role: role,
                                                 email: nil, passwordHash: hash)
            }
            try await store.reports.installDefaults(dutyAgencyIDs: ["ag-gt"])
            let router = buildRouter(config: config, store: store)
            let app = Application(router: router, logger: Logger(label: "test"))
            try await app.test(.router) { client in
                try await body(WebFixture(store: store), client)
            }
        }
    }
}

/// A browser's memory: cookies, and the CSRF token of the last page.
struct Browser {
    var cookies: [String: String] = [:]
    var lastPage = ""
    let client: any TestClientProtocol

    init(_ client: any TestClientProtocol) { self.client = client }

    var csrf: String? {
        guard let r = lastPage.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(lastPage[r.upperBound...].prefix { $0 != "\"" })
    }

    @discardableResult
    mutating func get(_ path: String) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        try await send(path, method: .get, body: nil)
    }

    @discardableResult
    mutating func post(_ path: String, _ fields: [(String, String)], csrf: Bool = true) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        var all = fields
        if csrf, let token = self.csrf { all.append(("_csrf", token)) }
        let body = all.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.1)" }.joined(separator: "&")
        return try await send(path, method: .post, body: body)
    }

    mutating func send(_ path: String, method: HTTPRequest.Method, body: String?,
                       extra: HTTPFields = [:]) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        var headers: HTTPFields = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), v = pair.count > 1 ? String(pair[1]) : ""
            if v.isEmpty || value.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = v }
        }
        let text = String(buffer: response.body)
        if response.status == .ok || response.status == .unprocessableContent || response.status == .unauthorized { lastPage = text }
        return (response.status, text, response.headers)
    }

    /// Signs in with the fixture's password; answers where the sign-in sent the browser.
    mutating func signIn(_ username: String) async throws -> String? {
        try await get("/masuk")
        let (status, _, headers) = try await post("/masuk", [("username", username), ("password", WebFixture.password)])
        #expect(status == .seeOther)
        return headers[.location]
    }
}

extension Browser {
    /// Registers a case through the form, as this signed-in officer; answers the case page's address.
    mutating func registerCase(_ fields: [(String, String)]) async throws -> String {
        try await get("/kasus/baru")
        let (_, _, headers) = try await post("/kasus/baru", fields)
        return try #require(headers[.location])
    }
}
