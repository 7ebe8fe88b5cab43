import Cases
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// The resolution of network communities is the administrator's setting, bounded and asked for
/// again; the network page follows it, and an analyst's `resolusi` still overrides it for a page.
@Suite struct NetworkSettingsPagesTests {
    @Test(arguments: TestBackend.available)
    func theAdministratorSetsTheResolutionAndNetworkPagesFollowIt(_ backend: TestBackend) async throws {
        try await WebFixture.with(backend) { fixture, client in
            var s = try await NetworkScenario.set(up: fixture, client)
            try await s.ntt.get("/kasus/\(s.nttCase)/entitas")
            _ = try await s.ntt.post("/kasus/\(s.nttCase)/entitas", [("type", "phone"), ("value", "081234567890")])
            var analyst = Browser(client)
            _ = try await analyst.signIn("analis")
            let (forbidden, _, _) = try await analyst.get("/admin/jaringan")
            #expect(forbidden == .forbidden)

            var (admin, _) = try await AdminPagesTests.admin(fixture, client)
            let (_, form, _) = try await admin.get("/admin/jaringan")
            #expect(form.contains("name=\"resolution\"") && form.contains("value=\"1,0\""))
            for bad in ["abc", "0", "10.5", "nan", String(repeating: "9", count: 400)] {
                let (refused, page, _) = try await admin.post("/admin/jaringan", [("resolution", bad), ("confirm", WebFixture.password)])
                #expect(refused == .unprocessableContent && page.contains("bukan angka antara 0,01 dan 10"), "\(bad.prefix(10))")
            }
            let (unconfirmed, _, _) = try await admin.post("/admin/jaringan", [("resolution", "2"), ("confirm", "salah")])
            #expect(unconfirmed == .unprocessableContent)
            #expect(try await fixture.store.networkSettings.resolution() == 1.0)

            // Under test: the Indonesian decimal comma, confirmed.
            let (saved, _, _) = try await admin.post("/admin/jaringan", [("resolution", "2,5"), ("confirm", WebFixture.password)])

            #expect(saved == .ok)
            #expect(try await fixture.store.networkSettings.resolution() == 2.5)
            let (_, network, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan")
            #expect(network.contains("(resolusi 2,5)"))
            let (_, tried, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan?resolusi=0,5")
            #expect(tried.contains("(resolusi 0,5)"), "an analyst's override for one page")
            let (refused, _, _) = try await s.ntt.get("/kasus/\(s.nttCase)/jaringan?resolusi=11")
            #expect(refused.code / 100 == 4)
            let audit = try await fixture.store.db.query("SELECT detail FROM audit_log WHERE action = ?", [.text("networks.resolution")])
            #expect(audit.count == 1)
        }
    }
}
