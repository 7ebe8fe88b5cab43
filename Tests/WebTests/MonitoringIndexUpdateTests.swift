import Cases
import Foundation
import Monitoring
import Security
import Store
import Testing
@testable import SimpulCommands

/// The counting index after a change must equal the index built afresh: a change replaces the
/// changed cases' records, and nothing it leaves behind or misses may show in any figure.
@Suite("Monitoring index kept up to date", .serialized)
struct MonitoringIndexUpdateTests {
    static func tables(_ index: CountingIndex, _ filter: MonitoringFilter) throws -> [String] {
        let calculator = IndicatorCalculator(index: index)
        var out: [String] = []
        for d in IndicatorRegistry.shipped.indicators {
            for by in d.breakdowns.isEmpty ? [nil] : d.breakdowns.map(Optional.some) {
                let t = try calculator.table(d.id, breakdown: by, filter: filter)
                out.append("\(d.id)/\(by ?? "-"): " + (t.rows + (t.total.map { [$0] } ?? [])).map { "\($0.key)=\($0.cells)" }.joined(separator: ";"))
            }
        }
        return out
    }

    @Test func anUpdatedIndexCountsWhatAFreshOneCounts() async throws {
        try await TestBackend.sqlite.withDatabase { db in
            // Set-up: a demo registry, read whole.
            try await Migrations.migrate(db)
            let store = SimpulStore(db: db, cipher: try FieldCipher(keyBytes: Array(repeating: 7, count: 32)))
            _ = try await DemoLoader.load(into: store, cases: 1_500, bcryptCost: 4, progress: false)
            let today = CalendarDate(Date())
            let all = try await store.monitoringFacts.read(asOf: today)
            #expect(all.confirmedLinks.count > 10, "the demo links records of the same person")
            let ids = all.cases.keys.sorted()
            let changed = Set(ids.enumerated().filter { $0.offset % 7 == 0 }.map(\.element))
            let linksBefore = Array(all.confirmedLinks.dropLast(5))
            // The registry before the change: the changed cases absent, fewer links.
            var before = all
            before.cases = all.cases.filter { !changed.contains($0.key) }
            before.confirmedLinks = linksBefore
            let fresh = try await store.monitoringFacts.read(asOf: today, caseIDs: changed.sorted())

            // Under test: the update, and a deletion.
            let updated = CountingIndex(facts: before).updating(cases: changed, with: fresh)
            let gone = try #require(ids.first { !changed.contains($0) })
            var without = all
            without.cases[gone] = nil
            let deleted = CountingIndex(facts: all).updating(cases: [gone], with: MonitoringFacts(
                reports: all.reports, confirmedLinks: all.confirmedLinks, agencies: all.agencies, staff: all.staff, asOf: today))

            // Every table of every breakdown agrees with a fresh build, under several filters.
            let police = try #require(all.agencies.first { $0.kind == .police }?.id)
            for filter in [MonitoringFilter(period: .year(today.year - 1)), MonitoringFilter(period: .year(today.year)),
                           MonitoringFilter(period: .quarter(today.year - 1, 3), agencyID: police),
                           MonitoringFilter(period: .year(today.year - 1), form: .sexual, sex: .female, ageGroup: .child)] {
                let want = try Self.tables(CountingIndex(facts: all), filter)
                #expect(try Self.tables(updated, filter) == want, "after an update, \(filter.parameters)")
                #expect(try Self.tables(deleted, filter) == Self.tables(CountingIndex(facts: without), filter), "after a deletion, \(filter.parameters)")
            }
            #expect(deleted.recordCount < CountingIndex(facts: all).recordCount)
        }
    }
}
