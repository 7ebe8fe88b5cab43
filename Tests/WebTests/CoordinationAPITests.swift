import Cases
import Coordination
import Foundation
import Hummingbird
import HummingbirdTesting
import Security
import Store
import Testing
@testable import Web

/// The coordination API: the same rules as the pages, answered in JSON.
@Suite struct CoordinationAPITests {
    @Test(arguments: TestBackend.available)
    func referralsMoveOnlyAsTheLawAndTheVersionAllow(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            try await fixture.store.agencies.create(Agency(id: "ag-s", code: "DINSOS", name: "Dinas Sosial", kind: .socialAffairs, provinceCode: nil))
            _ = try await fixture.store.users.create(username: "peksos", displayName: "Peksos", agencyID: "ag-s", role: .socialWorker,
                                                     email: nil, passwordHash: "x")
            let police = try await APITests.token(fixture, "penyidik")
            let social = try await APITests.token(fixture, "peksos")
            let outsider = try await APITests.token(fixture, "luar")
            let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: police, body: """
                {"provinceCode":"53","regency":"Kabupaten Kupang","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":[]}
                """)
            let caseID = try #require(created["id"] as? String)
            let (_, person) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/persons", token: police,
                                                      body: #"{"role":"victim","fullName":"Maria Nahak","sex":"female"}"#)
            let victimID = try #require(person["id"] as? String)
            let requested = CalendarDate(Date()).addingDays(-9).description

            // Bad input: an unknown service is named; a lawful reason without explanation is refused.
            let (badService, badJSON) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/referrals", token: police, body: """
                {"toAgencyId":"ag-s","service":"massage","consent":{"kind":"victim_consent"},"grants":[],"requestedOn":"\(requested)"}
                """)
            #expect(badService == .badRequest && APITests.message(badJSON).contains("service"))
            let (noReason, _) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/referrals", token: police, body: """
                {"toAgencyId":"ag-s","service":"shelter","consent":{"kind":"statutory_duty"},"grants":[],"requestedOn":"\(requested)"}
                """)
            #expect(noReason == .unprocessableContent)

            let (status, referral) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/referrals", token: police, body: """
                {"toAgencyId":"ag-s","service":"health_rehabilitation","victimId":"\(victimID)","consent":{"kind":"victim_consent"},
                 "grants":["case_summary","protection_track"],"requestedOn":"\(requested)"}
                """)
            #expect(status == .created)
            let referralID = try #require(referral["id"] as? String)
            #expect(referral["dueOn"] as? String == CalendarDate(Date()).addingDays(-2).description, "Pasal 52: seven days")

            // Only the receiver accepts; a stale version and an impossible step are refused.
            let (byPolice, _) = try await APITests.call(client, .post, "/api/v1/referrals/\(referralID)/events", token: police,
                                                        body: #"{"action":"accept","expectedVersion":1}"#)
            #expect(byPolice == .forbidden)
            let (accepted, acc) = try await APITests.call(client, .post, "/api/v1/referrals/\(referralID)/events", token: social,
                                                          body: #"{"action":"accept","expectedVersion":1}"#)
            #expect(accepted == .ok && acc["status"] as? String == "accepted" && acc["version"] as? Int == 2)
            let (stale, _) = try await APITests.call(client, .post, "/api/v1/referrals/\(referralID)/events", token: social,
                                                     body: #"{"action":"start","expectedVersion":1}"#)
            #expect(stale == .conflict)
            let (declined, _) = try await APITests.call(client, .post, "/api/v1/referrals/\(referralID)/events", token: social,
                                                        body: #"{"action":"decline","reason":"penuh","expectedVersion":2}"#)
            #expect(declined == .conflict, "an accepted referral cannot be declined")

            // The service, delivered on day nine, is two days late; the outsider sees none of it.
            let (_, item) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/services", token: social, body: """
                {"victimId":"\(victimID)","service":"health_rehabilitation","responsibleAgencyId":"ag-s","requestedOn":"\(requested)","referralId":"\(referralID)"}
                """)
            let itemID = try #require(item["id"] as? String)
            // As the page says "Terlambat 2 hari": the due date from Pasal 52 and the days late.
            #expect(item["dueOn"] as? String == CalendarDate(Date()).addingDays(-2).description)
            #expect(item["daysLate"] as? Int == 2 && item["late"] as? Bool == true)
            #expect(((item["deadline"] as? [String: Any])?["citation"] as? [String: Any])?["article"] as? String == "UU 21/2007 Pasal 52 ayat (1)")
            let (_, work) = try await APITests.call(client, .get, "/api/v1/me/work", token: social)
            let urgencies = (work["entries"] as? [[String: Any]])?.compactMap { $0["urgency"] as? String } ?? []
            #expect(urgencies.first == "overdue")
            let (deliveredStatus, delivered) = try await APITests.call(client, .post, "/api/v1/services/\(itemID)/events", token: social,
                                                                       body: #"{"action":"deliver","expectedVersion":1}"#)
            #expect(deliveredStatus == .ok && delivered["status"] as? String == "delivered")
            let (future, _) = try await APITests.call(client, .post, "/api/v1/services/\(itemID)/events", token: social,
                                                      body: #"{"action":"start","expectedVersion":2,"on":"2999-01-01"}"#)
            #expect(future == .unprocessableContent)
            let (hidden, _) = try await APITests.call(client, .get, "/api/v1/cases/\(caseID)/coordination", token: outsider)
            #expect(hidden == .notFound)
            let (_, mine) = try await APITests.call(client, .get, "/api/v1/me/work", token: outsider)
            #expect((mine["entries"] as? [Any])?.isEmpty == true)
            let (_, view) = try await APITests.call(client, .get, "/api/v1/cases/\(caseID)/coordination", token: police)
            #expect((view["services"] as? [[String: Any]])?.first?["status"] as? String == "delivered")
            #expect(((view["timeline"] as? [Any])?.count ?? 0) >= 4)
        }
    }
}

@Suite struct CrossCaseReferenceTests {
    /// A referral or service names a victim, an agency and a referral by id: each must belong to
    /// the case, or the receiving agency would be handed a person from someone else's case.
    @Test(arguments: TestBackend.available)
    func idsFromAnotherCaseAreRefused(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            try await fixture.store.agencies.create(Agency(id: "ag-s", code: "DINSOS", name: "Dinas Sosial", kind: .socialAffairs, provinceCode: nil))
            let police = try await APITests.token(fixture, "penyidik")
            var cases: [(id: String, victim: String)] = []
            for name in ["Maria Nahak", "Yuliana Seran"] {
                let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: police, body: """
                    {"provinceCode":"53","regency":"Kabupaten Kupang","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":[]}
                    """)
                let caseID = try #require(created["id"] as? String)
                let (_, person) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/persons", token: police,
                                                          body: #"{"role":"victim","fullName":"\#(name)","sex":"female"}"#)
                cases.append((caseID, try #require(person["id"] as? String)))
            }
            let today = CalendarDate(Date()).description
            let (foreignVictim, body) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0].id)/referrals", token: police, body: """
                {"toAgencyId":"ag-s","service":"shelter","victimId":"\(cases[1].victim)","consent":{"kind":"victim_consent"},
                 "grants":["victim_identity"],"requestedOn":"\(today)"}
                """)
            #expect(foreignVictim == .unprocessableContent && APITests.message(body).contains("victim in this case"))
            let (_, other) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[1].id)/referrals", token: police, body: """
                {"toAgencyId":"ag-s","service":"shelter","victimId":"\(cases[1].victim)","consent":{"kind":"victim_consent"},"grants":[],"requestedOn":"\(today)"}
                """)
            let otherReferral = try #require(other["id"] as? String)
            let (foreignReferral, _) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0].id)/services", token: police, body: """
                {"victimId":"\(cases[0].victim)","service":"shelter","responsibleAgencyId":"ag-s","requestedOn":"\(today)","referralId":"\(otherReferral)"}
                """)
            #expect(foreignReferral == .unprocessableContent)
            let (unknownAgency, _) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0].id)/services", token: police, body: """
                {"victimId":"\(cases[0].victim)","service":"shelter","responsibleAgencyId":"ag-tidak-ada","requestedOn":"\(today)"}
                """)
            #expect(unknownAgency == .unprocessableContent)
            let (fine, _) = try await APITests.call(client, .post, "/api/v1/cases/\(cases[0].id)/services", token: police, body: """
                {"victimId":"\(cases[0].victim)","service":"shelter","responsibleAgencyId":"ag-s","requestedOn":"\(today)"}
                """)
            #expect(fine == .created)
        }
    }
}

@Suite struct TaskAssigneeTests {
    /// A task for a role nobody in the agency holds would appear on no one's list: refused.
    @Test func aTaskForARoleTheAgencyLacksIsRefused() async throws {
        try await WebFixture.with { fixture, client in
            let police = try await APITests.token(fixture, "penyidik")
            let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: police, body: """
                {"provinceCode":"53","regency":"Kabupaten Kupang","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":[]}
                """)
            let caseID = try #require(created["id"] as? String)
            let due = CalendarDate(Date()).addingDays(3).description
            let (refused, body) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/tasks", token: police, body: """
                {"title":"Periksa saksi","assigneeAgencyId":"ag-a","assigneeRole":"lpsk_officer","dueOn":"\(due)"}
                """)
            #expect(refused == .unprocessableContent && APITests.message(body).contains("no enabled user"))
            let (ok, _) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/tasks", token: police, body: """
                {"title":"Periksa saksi","assigneeAgencyId":"ag-a","assigneeRole":"investigator","dueOn":"\(due)"}
                """)
            #expect(ok == .created)
        }
    }
}

@Suite struct TaskAndRestitutionAPITests {
    @Test(arguments: TestBackend.available)
    func lateTasksReachTheSupervisorAndRestitutionCannotBeOverpaidWithoutAReason(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            let police = try await APITests.token(fixture, "penyidik")
            let (_, created) = try await APITests.call(client, .post, "/api/v1/cases", token: police, body: """
                {"provinceCode":"35","regency":"Kota Malang","openedOn":"2026-10-01","exploitationTypes":["forced_labour"],"summary":"","agencyIDs":["ag-b"]}
                """)
            let caseID = try #require(created["id"] as? String)
            let (_, person) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/persons", token: police,
                                                      body: #"{"role":"victim","fullName":"Siti Aminah","sex":"female"}"#)
            let victimID = try #require(person["id"] as? String)
            let today = CalendarDate(Date())

            // A task for the other involved agency, due in two days, escalated once it is three days late.
            let (uninvolved, _) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/tasks", token: police,
                                                          body: #"{"title":"Periksa saksi","assigneeAgencyId":"ag-gt","dueOn":"\#(today.addingDays(2))"}"#)
            #expect(uninvolved == .unprocessableContent, "tasks go only to agencies involved in the case")
            let (ts, task) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/tasks", token: police,
                                                     body: #"{"title":"Periksa saksi","assigneeAgencyId":"ag-b","dueOn":"\#(today.addingDays(2))","escalateAfterDays":2}"#)
            #expect(ts == .created)
            let taskID = try #require(task["id"] as? String)
            #expect(try await escalateOverdueTasks(fixture.store, today: today.addingDays(3)) == 0, "one day late is not yet past the allowance")
            #expect(try await escalateOverdueTasks(fixture.store, today: today.addingDays(4)) == 1)
            #expect(try await escalateOverdueTasks(fixture.store, today: today.addingDays(5)) == 0, "escalated once")
            let stored = try #require(try await fixture.store.coordination.find(CoordinationTask.self, id: taskID))
            #expect(stored.escalatedOn == today.addingDays(4))
            let police2 = try await fixture.store.coordination.openWork(agencyID: "ag-a")
            #expect(police2.contains { $0.id == taskID && $0.escalatedTo?.agencyID == "ag-a" }, "the supervisor now sees it")
            let other = try await APITests.token(fixture, "luar")
            let (cancelByAssignee, _) = try await APITests.call(client, .post, "/api/v1/tasks/\(taskID)/events", token: other,
                                                                body: #"{"action":"cancel","reason":"x","expectedVersion":2}"#)
            #expect(cancelByAssignee == .forbidden, "only the creating agency cancels")
            // Completed after the escalation (days are pinned here, so through the service, not the clock).
            let assignee = try #require(try await fixture.store.users.find(username: "luar")).viewer
            let done = try await CoordinationService(store: fixture.store).act(onTask: taskID, .complete(note: nil), on: today.addingDays(5),
                                                                              expectedVersion: 2, by: assignee)
            #expect(done.status == .done)
            #expect(try await fixture.store.coordination.openWork(agencyID: "ag-a").contains { $0.id == taskID } == false)

            // Restitution: claimed by head, ordered, paid; overpaying needs a reason.
            let (rs, r) = try await APITests.call(client, .post, "/api/v1/cases/\(caseID)/restitution", token: police, body: """
                {"victimId":"\(victimID)","claims":[{"head":"loss_of_property_or_income","amount":15000000},{"head":"suffering","amount":5000000}]}
                """)
            #expect(rs == .created)
            let rid = try #require(r["id"] as? String)
            let (_, ordered) = try await APITests.call(client, .post, "/api/v1/restitution/\(rid)/events", token: police,
                                                       body: #"{"action":"order","amount":12000000,"expectedVersion":1}"#)
            #expect(ordered["orderedAmount"] as? Int == 12_000_000)
            let (over, overJSON) = try await APITests.call(client, .post, "/api/v1/restitution/\(rid)/events", token: police,
                                                           body: #"{"action":"pay","amount":13000000,"expectedVersion":2}"#)
            #expect(over == .unprocessableContent && APITests.message(overJSON).contains("reason") || APITests.message(overJSON).lowercased().contains("order"))
            let (paid, paidJSON) = try await APITests.call(client, .post, "/api/v1/restitution/\(rid)/events", token: police,
                                                           body: #"{"action":"pay","amount":12000000,"expectedVersion":2}"#)
            #expect(paid == .ok && (paidJSON["payments"] as? [Any])?.count == 1)
        }
    }
}
