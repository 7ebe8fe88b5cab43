import Cases
import Coordination
import Foundation
import OfferCheck
import Security
import Store
import Testing
@testable import SimpulCommands

/// `simpul demo` on every store: the whole life of cases lands, and persons recorded again in
/// another case are linked as caseworkers confirmed them.
@Suite("Demo load")
struct DemoLoadTests {
    @Test(arguments: TestBackend.available)
    func theDemoWritesProceedingsAndConfirmedLinksAcrossCases(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            // Set-up: an empty, migrated store.
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: Array(repeating: 7, count: 32)))

            // The load under test.
            _ = try await DemoLoader.load(into: store, cases: 800, bcryptCost: 4, seed: 5, progress: false)

            // Every case has its justice track; restitution and services are there too.
            let untracked = try await db.query("""
                SELECT COUNT(*) AS n FROM cases c
                WHERE NOT EXISTS (SELECT 1 FROM coordination_records r WHERE r.case_id = c.id AND r.kind = 'justice')
                """, []).first?.optionalInt("n")
            #expect(untracked == 0)
            let kinds = Dictionary(uniqueKeysWithValues: try await db.query(
                "SELECT kind, COUNT(*) AS n FROM coordination_records GROUP BY kind", []).map { (try $0.text("kind"), $0.optionalInt("n") ?? 0) })
            #expect((kinds["justice"] ?? 0) >= 800 && (kinds["restitution"] ?? 0) > 0)
            #expect((kinds["protection"] ?? 0) > 800 && (kinds["referral"] ?? 0) > 800)

            // Confirmed links join persons of different cases, each with its confirming step.
            let links = try await db.query("""
                SELECT l.id, l.status, l.version, l.probability, a.case_id AS case_a, b.case_id AS case_b,
                       (SELECT COUNT(*) FROM person_link_history h WHERE h.link_id = l.id AND h.action = 'confirm') AS steps
                FROM person_links l JOIN case_persons a ON a.id = l.person_a JOIN case_persons b ON b.id = l.person_b
                """, [])
            #expect(links.count > 20)
            for l in links {
                #expect(try l.text("status") == PersonLinkStatus.confirmed.rawValue && l.optionalInt("version") == 1)
                #expect(try l.text("case_a") != l.text("case_b"))
                #expect(l.optionalInt("steps") == 1)
                #expect((0...1).contains(l["probability"].double ?? -1))
            }

            // Reports: the capped number, replies after receipt, some made into their case.
            let reports = try await db.query("""
                SELECT r.status, r.case_id, r.received_at, r.receipt_kdf, (SELECT MIN(m.at) FROM report_messages m WHERE m.report_id = r.id) AS replied
                FROM reports r
                """, [])
            #expect(reports.count == DemoLoader.reportCount(cases: 800))
            for r in reports {
                if let replied = r.optionalText("replied") { #expect(try replied > r.text("received_at")) }
                #expect(try r.text("receipt_kdf") == "scrypt-n16-r8-p1")
            }
            #expect(reports.contains { $0.optionalText("status") == "case_opened" && $0.optionalText("case_id") != nil })

            // The checker is worth trying: a register with revoked and suspended licences, published
            // warnings, and recruiters' numbers named by the public that case files name too.
            let register = try await store.offerRegister.current()
            #expect(Set(register.agencies.agencies.map(\.status)) == [.active, .suspended, .revoked])
            #expect(register.warnings.warnings.count == 3)
            let keyed = try await db.query("""
                SELECT entity_type, match_key FROM network_mentions WHERE id LIKE 'demo-%' AND match_key IS NOT NULL ORDER BY id
                """, [])
            let counts = try await store.publicSightings.counts(of: keyed.compactMap { $0["match_key"].int64 })
            let phones = keyed.filter { $0.optionalText("entity_type") == "phone" }.compactMap { $0["match_key"].int64 }
            #expect(phones.count == 3 && phones.allSatisfy { counts[$0].map { $0.reports == 1 && $0.checks >= 1 } == true },
                    "each recruiter's phone is named in a report and in checks, written otherwise than in the case file")

            // Perpetrator networks worth opening: identifiers recurring across provinces, and the
            // ring of three persons confirmed the same in three cases.
            let confirmed = try await db.query("SELECT COUNT(*) AS n FROM network_name_links WHERE status = 'confirmed'", []).first?.optionalInt("n")
            #expect(confirmed == 6)
            let admin = try #require(try await store.users.find(username: "admin")).viewer
            let networks = try await store.networks.overview(viewer: admin)
            #expect(networks.count >= 10 && networks.contains { $0.provinces >= 3 }, "\(networks.map { ($0.cases, $0.provinces) })")

            // A stored track reads back as the domain's own record.
            let id = try #require(try await db.query("SELECT id FROM coordination_records WHERE kind = 'justice' AND status = 'final' LIMIT 1", [])
                .first?.text("id"))
            let track = try #require(try await store.coordination.find(JusticeTrack.self, id: id))
            #expect(track.verdict != nil && track.finalVerdict != nil)
        }
    }
}
