import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Testing
@testable import Web

/// "Pekerjaan saya" names the victim of a row as the viewer's case page would: by name for an
/// agency involved in her case (the reading audited), by pseudonym for one that is not.
@Suite struct WorkRowNamesTests {
    @Test(arguments: TestBackend.available)
    func anInvolvedAgencySeesTheVictimsNameAuditedAndAnotherHerPseudonym(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            // Set-up: two social-affairs agencies; a case the first is involved in, with a victim referred to each.
            for (id, code, user) in [("ag-s", "DINSOS-A", "peksos.a"), ("ag-t", "DINSOS-B", "peksos.b")] {
                try await fixture.store.agencies.create(Agency(id: id, code: code, name: code, kind: .socialAffairs, provinceCode: nil))
                _ = try await fixture.store.users.create(username: user, displayName: user, agencyID: id, role: .socialWorker,
                                                         email: nil, passwordHash: PasswordHasher(cost: 4).hash(WebFixture.password))
            }
            var officer = Browser(client)
            _ = try await officer.signIn("penyidik")
            try await officer.get("/kasus/baru")
            let (_, _, h) = try await officer.post("/kasus/baru", [("provinceCode", "53"), ("regency", "Kabupaten Kupang"), ("openedOn", "2026-10-01"),
                                                                  ("exploitationTypes", "forced_labour"), ("agencyIDs", "ag-s")])
            let casePath = try #require(h[.location])
            let caseID = try await fixture.caseID(at: casePath)
            try await officer.get(casePath)
            _ = try await officer.post(casePath + "/orang", [("role", "victim"), ("fullName", "Yosefina Bria"), ("sex", "female")])
            let victim = try #require(try await fixture.store.cases.persons(caseID: caseID).first)
            for (to, service) in [("ag-s", "shelter"), ("ag-t", "health_rehabilitation")] {
                try await officer.get("/kasus/\(caseID)/koordinasi")
                let (sent, _, _) = try await officer.post("/kasus/\(caseID)/rujukan", [
                    ("to", to), ("service", service), ("victim", victim.id), ("consent", "victim_consent"), ("grants", "case_summary"),
                    ("requestedOn", CalendarDate(Date()).description)])
                #expect(sent == .seeOther)
            }

            // Under test: each social worker opens their work.
            var involved = Browser(client), other = Browser(client)
            _ = try await involved.signIn("peksos.a")
            _ = try await other.signIn("peksos.b")
            let (_, named, _) = try await involved.get("/kerja")
            let (_, pseudonymous, _) = try await other.get("/kerja")

            #expect(named.contains("Yosefina Bria (\(victim.code))"))
            #expect(!pseudonymous.contains("Yosefina") && pseudonymous.contains(victim.code))
            let reads = try await fixture.store.audit.entries(limit: 200).filter { $0.action == "identity.read" && $0.personID == victim.id }
            let byAgency = Dictionary(grouping: reads, by: { $0.actorAgencyID ?? "" })
            #expect(byAgency["ag-s"]?.count == 1 && byAgency["ag-s"]?.first?.detail == "pekerjaan saya")
            #expect(byAgency["ag-t"] == nil, "nothing read for a pseudonym")
            // The API's work list names no one and reads nothing.
            let token = try await APITests.token(fixture, "peksos.a")
            let (_, json) = try await APITests.call(client, .get, "/api/v1/me/work", token: token)
            #expect(!"\(json)".contains("Yosefina"))
            #expect(try await fixture.store.audit.entries(limit: 200).filter { $0.action == "identity.read" && $0.personID == victim.id }.count == 1)
        }
    }
}
