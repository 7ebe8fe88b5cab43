import Cases
import Foundation
import Monitoring
import Security
import Store
import Testing
@testable import SimpulCommands
@testable import Web

/// Done-when of the monitoring issue: every indicator, counted by Simpul and counted again the
/// plain way from the raw records of a demo of 10,000 cases, gives the same numbers.
@Suite("Monitoring recounted from the raw records", .serialized)
struct MonitoringNaiveRecountTests {
    static func value(_ cell: IndicatorCell) -> Double? {
        switch cell {
        case .count(let n): return Double(n)
        case .percent(let n, let d): return d == 0 ? nil : 100 * Double(n) / Double(d)
        case .median(let x, let n): return n == 0 ? nil : x
        case .rupiah(let x, let n): return n == 0 ? nil : Double(x)
        case .rate(let n, _), .ratio(let n, _): return Double(n)
        case .reference(let n): return n.map(Double.init)
        case .notApplicable: return nil
        }
    }

    @Test(arguments: TestBackend.available)
    func everyIndicatorMatchesAPlainRecount(_ backend: TestBackend) async throws {
        try await DemoRegistry.with(backend, cases: 10_000) { store, _ in
            let today = CalendarDate(Date())
            let naive = try await NaiveRecount.read(store)
            let facts = try await store.monitoringFacts.read(asOf: today)
            // Counted as the server counts: the first cold start reads the registry and files
            // every case in the store, the second reads those filed records alone.
            // One server, one clock: no margin for others' clocks, which would make the cases
            // written in the last seconds of the demo stale.
            let since = Date()
            let first = try await MonitoringService.coldIndex(store: store, today: today, since: since)
            var second = try await MonitoringService.coldIndex(store: store, today: today, since: since)
            #expect(first.fromRegistry == facts.cases.count && first.fromFiled == 0)
            #expect(second.fromRegistry == 0 && second.fromFiled == facts.cases.count)
            second.index.finish(shared: facts)
            let calculator = IndicatorCalculator(index: second.index)
            let police = try #require(try await store.agencies.all().first { $0.kind == .police }?.id)
            let filters = [MonitoringFilter(period: .year(today.year - 1)), MonitoringFilter(period: .year(today.year)),
                           MonitoringFilter(period: .quarter(today.year - 1, 2)),
                           MonitoringFilter(period: .year(today.year - 1), provinceCode: "35", agencyID: police, form: .sexual)]
            var compared = 0
            for filter in filters {
                for d in IndicatorRegistry.shipped.indicators {
                    let table = try calculator.table(d.id, filter: filter)
                    let expected = naive.figures(d.id, filter, asOf: today)
                    #expect(!expected.isEmpty || table.rows.isEmpty, "\(d.id) has a plain recount")
                    for row in table.rows + (table.total.map { [$0] } ?? []) {
                        for (column, cell) in zip(table.columns, row.cells) {
                            guard let want = expected[NaiveRecount.key(row.key, column.id)] else { continue }
                            let got = Self.value(cell)
                            #expect(got.map { abs($0 - (want ?? .nan)) < 1e-9 } ?? (want == nil),
                                    "\(d.id) \(filter.parameters) row \(row.key) column \(column.id): counted \(String(describing: got)), recounted \(String(describing: want))")
                            compared += 1
                        }
                    }
                }
            }
            #expect(compared > 2_000, "compared \(compared) figures")
            // On the demo the people differ from the records, and the page says why.
            let victims = try calculator.table("victims_identified", filter: MonitoringFilter(period: .year(today.year - 1)))
            let total = try #require(victims.total)
            #expect(Self.value(total.cells[0])! < Self.value(total.cells[1])!, "people fewer than records")
        }
    }
}
