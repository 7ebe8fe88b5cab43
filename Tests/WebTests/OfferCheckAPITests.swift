import Foundation
import Hummingbird
import HummingbirdTesting
import OfferCheck
import Store
import Testing
@testable import Web

/// `POST /api/v1/offer-checks`: the answers contract in, the result out, with no token; a bad
/// document is a 400 or a 422 naming each field, never a 500.
@Suite struct OfferCheckAPITests {
    static let saudi = #"""
        {"offered_by": "person", "destination_country": "SA", "job": "domestic_worker", "employer_kind": "private_household",
         "asked_to_pay": "yes", "payments": [{"item": "agency_fee", "amount_rupiah": 5000000}], "payment_channels": ["personal_account"],
         "visa_type": "visit", "contract": "none", "age": 31, "passport_holder": "recruiter", "chat_only_contact": "yes"}
        """#

    static func check(_ client: any TestClientProtocol, _ body: String, headers: HTTPFields = [:]) async throws -> (HTTPResponse.Status, [String: Any], HTTPFields) {
        var h = headers
        h[.contentType] = "application/json"
        let r = try await client.execute(uri: "/api/v1/offer-checks", method: .post, headers: h, body: ByteBuffer(string: body))
        return (r.status, (try? JSONSerialization.jsonObject(with: Data(buffer: r.body))) as? [String: Any] ?? [:], r.headers)
    }

    @Test(arguments: TestBackend.available)
    func theSaudiOfferIsHighRiskWithEachFlagItsBasisAndConfidence(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { _, client in
            let (status, json, headers) = try await Self.check(client, Self.saudi)
            #expect(status == .ok && headers[.setCookie] == nil)
            #expect((json["verdict"] as? [String: Any])?["code"] as? String == "high_risk")
            let flags = try #require(json["flags"] as? [[String: Any]])
            let codes = flags.compactMap { $0["code"] as? String }
            #expect(Set(["individual_recruiter", "worker_pays_placement_costs", "non_work_visa", "no_written_contract",
                         "household_work_moratorium", "passport_held_by_recruiter"]).isSubset(of: Set(codes)))
            let moratorium = try #require(flags.first { $0["code"] as? String == "household_work_moratorium" })
            #expect(moratorium["unsettled"] as? Bool == true)
            let basis = try #require(moratorium["basis"] as? [[String: Any]])
            #expect(basis.contains { $0["instrument"] as? String == "Kepmenaker 260/2015" && $0["in_force_from"] as? String == "2015-07-01" && $0["confidence"] as? String == "high" })
            #expect((json["actions"] as? [[String: Any]])?.first?["code"] as? String == "verify_agency")
            #expect((json["register"] as? [String: Any])?["status"] as? String == "not_looked_up", "an offer from a person names no company")
            #expect((json["published_warnings"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func aCompanyIsLookedUpInTheRegisterAndAWarningMatched(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { f, client in
            let admin = try #require(try await f.store.users.find(username: "admin")).viewer
            let csv = "nama,nomor_sip3mi,status,kantor_cabang\nPT Maju Jaya Abadi,B.123/KEP/2021,dicabut,Blitar;Kediri\n"
            try await f.store.licensedAgencies.replace(with: try AgencyCSV.read(csv), fileName: "p3mi.csv", by: admin)
            try await f.store.publishedWarnings.publish(PublishedWarning(
                id: "", name: nil, licenceNumber: nil, phone: "0812 1111 2222", account: "BRI 0001", legalBasis: "UU 18/2017 Pasal 69",
                publishedOn: CalendarDay(iso: "2026-12-01")!, approvedBy: ""), by: admin)
            let (status, json, _) = try await Self.check(client, #"{"offered_by": "company", "company_name": "P.T. Maju Jaya Abadi", "licence_shown": "yes", "licence_number": "b.123/kep/2021", "recruiter_phone": "+62 812-1111-2222"}"#)
            #expect(status == .ok)
            let register = try #require(json["register"] as? [String: Any])
            #expect(register["status"] as? String == "listed" && register["looked_up_by"] as? String == "licence_number")
            #expect(register["licence_problem"] as? String == "revoked")
            #expect((register["agency"] as? [String: Any])?["branches"] as? [String] == ["Blitar", "Kediri"])
            #expect((json["flags"] as? [[String: Any]])?.contains { $0["code"] as? String == "revoked_or_suspended_agency" } == true)
            let warning = try #require((json["published_warnings"] as? [[String: Any]])?.first)
            #expect(warning["matched_on"] as? [String] == ["phone"] && warning["account"] as? String == "BRI 0001" && warning["approved_by"] as? String == "Admin")
            let (_, unknown, _) = try await Self.check(client, #"{"offered_by": "company", "company_name": "PT Tidak Ada Sama Sekali", "licence_shown": "no"}"#)
            #expect((unknown["register"] as? [String: Any])?["status"] as? String == "not_in_registry")
        }
    }

    @Test func badAnswersAre422NamingEachFieldAndMalformedJSONIs400() async throws {
        try await WebFixture.with { _, client in
            let (s1, j1, _) = try await Self.check(client, #"{"age": 7, "job": "astronaut", "payments": [{"item": "ticket", "amount_rupiah": -5}], "colour": "red"}"#)
            #expect(s1 == .unprocessableContent)
            let problems = try #require(j1["problems"] as? [[String: Any]])
            #expect(problems.compactMap { $0["field"] as? String } == ["job", "payments[0].amount_rupiah", "age", "colour"])
            #expect(problems.first?["value"] as? String == "astronaut" && (problems.first?["allowed"] as? [String])?.contains("domestic_worker") == true)
            let fields = ((j1["error"] as? [String: Any])?["fields"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["job", "payments[0].amount_rupiah", "age", "colour"], "the house error shape names the same fields")
            for body in ["{not json", "", "[]", "\"answers\"", "{\"age\": }"] {
                let (s, j, _) = try await Self.check(client, body)
                #expect(s == .badRequest, "\(body)")
                #expect((j["error"] as? [String: Any])?["code"] as? String == "malformed_json", "\(body)")
            }
            // Whatever arrives, the answer is a 4xx that says why, never a 500.
            for body in [#"{"age": 1e400}"#, #"{"age": 99999999999999999999}"#, #"{"payments": "all"}"#, #"{"payments": [null, 3]}"#,
                         #"{"destination_country": "Saudi"}"#, #"{"offered_by": {"x": 1}}"#, String(repeating: "[", count: 5000),
                         #"{"recruiter_phone": "\u0000"}"#] {
                let (s, _, _) = try await Self.check(client, body)
                #expect((400..<500).contains(s.code), "\(body.prefix(40)) → \(s)")
            }
            let (big, _, _) = try await Self.check(client, "{\"job_description\": \"" + String(repeating: "x", count: 70_000) + "\"}")
            #expect(big == .contentTooLarge)
        }
    }

    @Test func oneAddressIsLimitedAndTheLimitSaysHowLongToWait() async throws {
        var config = AppConfig(bcryptCost: 4, receiptHashing: .insecureForTests, trustedProxies: 1)
        config.publicLimits.maxChecksPerMinute = 3
        try await WebFixture.with(config: config) { _, client in
            let from: HTTPFields = [.init("X-Forwarded-For")!: "203.0.113.7"]
            for _ in 0..<3 { #expect(try await Self.check(client, "{}", headers: from).0 == .ok) }
            let (s, j, h) = try await Self.check(client, "{}", headers: from)
            #expect(s == .tooManyRequests && h[.retryAfter] != nil && (j["error"] as? [String: Any])?["code"] as? String == "too_many")
            #expect(try await Self.check(client, "{}", headers: [.init("X-Forwarded-For")!: "203.0.113.8"]).0 == .ok, "another address is not held back")
            // The pages' result counts against the same limit; the pages before it do not.
            var b = Browser(client)
            #expect(try await b.send("/cek-lowongan/langkah", method: .post, body: "step=recruiter&go=next", extra: from).0 == .ok)
            let (page, _, ph) = try await b.send("/cek-lowongan/langkah", method: .post, body: "step=conduct&go=next", extra: from)
            #expect(page == .tooManyRequests && ph[.retryAfter] != nil)
        }
    }

    @Test func theOpenAPIDocumentDescribesTheCheck() throws {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: SystemController.openAPI)) as? [String: Any])
        let path = try #require((doc["paths"] as? [String: Any])?["/api/v1/offer-checks"] as? [String: Any])
        let post = try #require(path["post"] as? [String: Any])
        #expect((post["security"] as? [Any])?.isEmpty == true, "no token")
        let responses = try #require(post["responses"] as? [String: Any])
        #expect(Set(responses.keys).isSuperset(of: ["200", "400", "413", "422", "429"]))
        let schemas = try #require((doc["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        let answers = try #require(schemas["OfferAnswers"]?["properties"] as? [String: Any])
        #expect(Set(answers.keys) == Set(OfferQuestion.allCases.map(\.rawValue)), "every question of the contract, and no other")
        #expect(schemas["OfferAnswers"]?["additionalProperties"] as? Bool == false)
        let job = try #require(answers["job"] as? [String: Any])
        #expect(Set((job["enum"] as? [Any] ?? []).compactMap { $0 as? String }) == Set(JobCategory.allCases.map(\.rawValue)))
        let reasons = try #require(((schemas["OfferAnswersProblem"]?["properties"] as? [String: Any])?["reason"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(reasons) == Set(["malformed_json", "wrong_type", "unknown_field", "unknown_value", "duplicate", "out_of_range", "too_long",
                                     "not_a_country", "not_abroad", "negative_amount", "not_a_phone", "contradiction"]))
        #expect(schemas["OfferCheckResult"] != nil && schemas["RaisedFlag"] != nil && schemas["LegalBasis"] != nil)
    }
}
