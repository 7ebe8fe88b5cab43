import Cases
import Foundation
import Monitoring
import Security
import Store
import Synchronization
import Testing
@testable import SimpulCommands

/// The counting index after a change must equal the index built afresh: a change replaces the
/// changed cases' records, and nothing it leaves behind or misses may show in any figure.
@Suite("Monitoring index kept up to date", .serialized)
struct MonitoringIndexUpdateTests {
    static func tables(_ index: CountingIndex, _ filter: MonitoringFilter, views: IndicatorViews? = nil) throws -> [String] {
        let calculator = IndicatorCalculator(index: index, views: views)
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
        // Set-up: a demo registry, read whole.
        try await DemoRegistry.with(.sqlite, cases: 1_500) { store, _ in
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

            // Kept tallies carried through the update and then the deletion by their
            // differences, never counted again, give the tables of a fresh build.
            let filters = [MonitoringFilter(period: .year(today.year - 1)), MonitoringFilter(period: .year(today.year)),
                           MonitoringFilter(period: .quarter(today.year - 1, 3), agencyID: police),
                           MonitoringFilter(period: .year(today.year - 1), form: .sexual, sex: .female, ageGroup: .child)]
            let evictions = Mutex(0)
            let views = IndicatorViews(afterEviction: { evictions.withLock { $0 += 1 } })
            let start = CountingIndex(facts: before)
            views.reset(to: start)
            for filter in filters { _ = try Self.tables(start, filter, views: views) }
            let kept = views.count
            #expect(kept > 100 && evictions.withLock { $0 } == 0, "nothing let go below the capacity")
            // Views with room for fewer tallies let an eighth go at a time, and say so each time.
            let crowded = Mutex(0)
            let few = IndicatorViews(capacity: 40, afterEviction: { crowded.withLock { $0 += 1 } })
            few.reset(to: start)
            for filter in filters { _ = try Self.tables(start, filter, views: few) }
            #expect(few.count <= 40)
            #expect(crowded.withLock { $0 } >= (kept - 40) / 8, "\(crowded.withLock { $0 }) evictions for \(kept) tallies")
            let (next, delta) = start.updated(cases: changed, with: fresh)
            views.advance(to: next, by: delta)
            let (last, delta2) = next.updated(cases: [gone], with: MonitoringFacts(
                reports: all.reports, confirmedLinks: all.confirmedLinks, agencies: all.agencies, staff: all.staff, asOf: today))
            views.advance(to: last, by: delta2)
            #expect(views.count == kept, "the kept tallies followed both changes")
            let counted = views.talliesCounted
            for filter in filters {
                #expect(try Self.tables(last, filter, views: views) == Self.tables(CountingIndex(facts: without), filter),
                        "kept tallies after two changes, \(filter.parameters)")
            }
            #expect(views.count == kept && views.talliesCounted == counted, "and were read, not counted again")

            // A change that takes many cases away, and one that brings them back.
            let shared = MonitoringFacts(reports: all.reports, confirmedLinks: all.confirmedLinks, agencies: all.agencies,
                                         staff: all.staff, asOf: today)
            let taken = Set(without.cases.keys.sorted().enumerated().filter { $0.offset % 5 == 1 }.map(\.element))
            var fewer = without
            fewer.cases = without.cases.filter { !taken.contains($0.key) }
            let (smaller, delta4) = last.updated(cases: taken, with: shared)
            #expect(views.pendingChanges == 2)
            views.advance(to: smaller, by: delta4)
            #expect(views.pendingChanges == 1, "the two changes every kept tally has taken are let go")
            // Views that may hold fewer case records than the change took away let it go at
            // once: their tallies are counted again, and still right.
            let small = IndicatorViews(pendingCaseLimit: taken.count / 2)
            small.reset(to: last)
            for filter in filters { _ = try Self.tables(last, filter, views: small) }
            small.advance(to: smaller, by: delta4)
            #expect(small.pendingChanges == 0)
            let smallCounted = small.talliesCounted
            for filter in filters {
                #expect(try Self.tables(smaller, filter, views: small) == Self.tables(CountingIndex(facts: fewer), filter),
                        "tallies counted again after their change was let go, \(filter.parameters)")
            }
            #expect(small.talliesCounted > smallCounted)
            let back = try await store.monitoringFacts.read(asOf: today, caseIDs: taken.sorted())
            let (again, delta5) = smaller.updated(cases: taken, with: back)
            for filter in filters {
                #expect(try Self.tables(smaller, filter, views: views) == Self.tables(CountingIndex(facts: fewer), filter),
                        "kept tallies after many cases went, \(filter.parameters)")
            }
            views.advance(to: again, by: delta5)
            for filter in filters {
                #expect(try Self.tables(again, filter, views: views) == Self.tables(CountingIndex(facts: without), filter),
                        "kept tallies after they came back, \(filter.parameters)")
            }
            #expect(views.count == kept)

            // On a new day the tallies that judge deadlines against the day are dropped and
            // counted again; the others follow.
            let tomorrow = MonitoringFacts(reports: all.reports, confirmedLinks: all.confirmedLinks, agencies: all.agencies,
                                           staff: all.staff, asOf: today.addingDays(1))
            let (dayAfter, delta3) = again.updated(cases: [], with: tomorrow)
            views.advance(to: dayAfter, by: delta3)
            let countedBefore = views.talliesCounted
            var wholeTomorrow = without
            wholeTomorrow.asOf = today.addingDays(1)
            for filter in filters {
                #expect(try Self.tables(dayAfter, filter, views: views) == Self.tables(CountingIndex(facts: wholeTomorrow), filter),
                        "a new day, \(filter.parameters)")
            }
            let recounted = views.talliesCounted - countedBefore
            #expect(recounted > 0 && recounted < kept, "only the tallies that read the day were counted again: \(recounted) of \(kept)")
        }
    }

    /// Counting linked records as people walks every linked person of the year; a kept table
    /// made again after a change keeps that walk's result while no linked record and no link
    /// changed, and walks again when one did. Either way the tables are a fresh build's.
    @Test func aChangeToOtherCasesKeepsTheLinkedPeoplesCorrection() async throws {
        try await DemoRegistry.with(.sqlite, cases: 600) { store, _ in
            let today = CalendarDate(Date())
            let all = try await store.monitoringFacts.read(asOf: today)
            let linkedRecords = Set(all.confirmedLinks.flatMap { [$0.0, $0.1] })
            let linkedCases = Set((all.victims + all.suspects).filter { linkedRecords.contains($0.id) }.map(\.caseID))
            let year = today.year - 1
            let inYear = all.cases.values.filter { $0.openedOn.year == year }.map(\.id).sorted()
            let changes = inYear.enumerated().filter { $0.offset % 3 == 0 }.prefix(16).map(\.element)
            #expect(changes.contains(where: linkedCases.contains) && changes.contains { !linkedCases.contains($0) })
            let shared = MonitoringFacts(reports: all.reports, confirmedLinks: all.confirmedLinks, agencies: all.agencies,
                                         staff: all.staff, asOf: today)
            let filters = [MonitoringFilter(period: .year(year)), MonitoringFilter(period: .year(year), sex: .female)]
            var index = CountingIndex(facts: all), facts = all
            let views = IndicatorViews()
            views.reset(to: index)
            for filter in filters { _ = try Self.tables(index, filter, views: views) }
            #expect(views.linkedPasses > 0)
            var kept = 0, walked = 0
            for id in changes {
                let (next, delta) = index.updated(cases: [id], with: shared)
                views.advance(to: next, by: delta)
                facts.cases[id] = nil
                let (passes, made) = (views.linkedPasses, views.tablesMade)
                for filter in filters {
                    #expect(try Self.tables(next, filter, views: views) == Self.tables(CountingIndex(facts: facts), filter),
                            "after \(id) went, \(filter.parameters)")
                }
                #expect(views.tablesMade > made, "the tables were made again")
                if linkedCases.contains(id) { #expect(next.linkedVersion != index.linkedVersion, "\(id) has a linked person") }
                if next.linkedVersion == index.linkedVersion {
                    #expect(views.linkedPasses == passes, "nothing linked changed with \(id): the correction was kept")
                    kept += 1
                } else {
                    #expect(views.linkedPasses > passes)
                    walked += 1
                }
                index = next
            }
            #expect(kept > 0 && walked > 0, "kept \(kept), walked again \(walked)")
        }
    }
}
