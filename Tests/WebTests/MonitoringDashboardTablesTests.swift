import Cases
import Foundation
import Monitoring
import Store
import Testing
@testable import Web

/// After a change every kept table is made afresh. Readers asking for the same dashboard at the
/// same moment share one making of its tables instead of each making them all: at a million
/// cases a making costs about 60 ms of a core, and eight readers side by side waited 245 ms.
@Suite("Dashboard tables made once for readers at the same moment")
struct MonitoringDashboardTablesTests {
    @Test func readersAtTheSameMomentShareOneMaking() async throws {
        try await DemoRegistry.with(.sqlite, cases: 200) { store, _ in
            let snapshots = MonitoringSnapshots()
            let service = MonitoringService(store: store, snapshots: snapshots, population: nil)
            let snapshot = try await service.snapshot()
            let year = CalendarDate(Date()).year
            func text(_ tables: [IndicatorTable]) -> [String] {
                tables.map { t in (t.rows + (t.total.map { [$0] } ?? [])).map { "\($0.key)=\($0.cells)" }.joined(separator: ";") }
            }

            // One reader: what one making of a dashboard costs.
            var made = snapshots.views.tablesMade
            let alone = try await service.dashboardTables(snapshot, filter: MonitoringFilter(period: .year(year - 2)))
            let oneMaking = snapshots.views.tablesMade - made
            #expect(oneMaking >= alone.count)

            // Eight readers of another year's dashboard, all at once.
            let filter = MonitoringFilter(period: .year(year - 1))
            made = snapshots.views.tablesMade
            let together = try await withThrowingTaskGroup(of: [IndicatorTable].self) { group in
                for _ in 0..<8 { group.addTask { try await service.dashboardTables(snapshot, filter: filter) } }
                return try await group.reduce(into: [[IndicatorTable]]()) { $0.append($1) }
            }
            #expect(snapshots.views.tablesMade - made == oneMaking, "the eight readers shared one making")
            #expect(Set(together.map(text)).count == 1)
            let direct = try snapshot.calculator.registry.indicators.map { try snapshot.calculator.table($0.id, breakdown: nil, filter: filter) }
            #expect(text(together[0]) == text(direct), "and got the tables the calculator makes")
        }
    }
}
