import Cases
import Testing
@testable import Store

@Suite("The monitoring change token")
struct MonitoringChangeTokenTests {
    /// The indicators count enabled staff per agency, so the token must move when the staff of
    /// an agency change even though the number of enabled users stays the same — and must stand
    /// when a user merely signs in (which writes the users table too).
    @Test(arguments: TestBackend.available)
    func movesWithTheStaffPerAgencyNotWithSignIns(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let reader = f.store.monitoringFacts
            let start = try await reader.changeToken()

            try await f.store.users.recordSuccess(userID: f.investigator.userID)
            _ = try await f.store.users.recordFailure(userID: f.outsider.userID)
            let afterSignIns = try await reader.changeToken()
            #expect(afterSignIns == start)

            // The one thing under test: a user moves to another agency; as many users are enabled.
            try await f.store.users.update(userID: f.investigator.userID, role: .investigator, agencyID: "ag-b", by: f.admin)
            let moved = try await reader.changeToken()
            #expect(moved.staff != start.staff)
            #expect(moved.cases == start.cases && moved.reports == start.reports)

            // One disabled and another enabled: the count stands, the token moves each time.
            try await f.store.users.setDisabled(userID: f.outsider.userID, true, by: f.admin)
            let disabled = try await reader.changeToken()
            #expect(disabled.staff != moved.staff)
            try await f.store.users.setDisabled(userID: f.outsider.userID, false, by: f.admin)
            #expect(try await reader.changeToken().staff != disabled.staff)
        }
    }
}
