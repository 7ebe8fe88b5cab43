import Cases
import Coordination
import Foundation
import OpenData
import Testing
@testable import Store

/// An HTCDS export reads what it carries of a protection item off the index M036 made, and opens
/// an item only while its closing day is not filled (items written before M036).
@Suite("Protection items in an HTCDS export")
struct ProtectionExchangeIndexTests {
    static let day = CalendarDate(iso: "2026-10-02")!

    func export(_ f: Fixture) async throws -> [ExchangeCase] {
        var cases: [ExchangeCase] = [], after: String?
        while case let page = try await f.store.openDataSources.exchangePage(after: after, limit: 3), !page.cases.isEmpty {
            cases += page.cases
            after = page.next
        }
        return cases
    }

    func closingDays(_ f: Fixture) async throws -> [String: String?] {
        Dictionary(uniqueKeysWithValues: try await f.store.db.query(
            "SELECT id, closed_on FROM coordination_records WHERE kind = ?", [.text(ProtectionItem.kind)]).map {
            (try $0.text("id"), $0.optionalText("closed_on"))
        })
    }

    /// Spoils every protection item's sealed document, so that an export that opens one fails;
    /// answers the documents to put back.
    func spoilDocuments(_ f: Fixture) async throws -> [(String, String)] {
        let docs = try await f.store.db.query("SELECT id, doc FROM coordination_records WHERE kind = ?", [.text(ProtectionItem.kind)])
            .map { (try $0.text("id"), try $0.text("doc")) }
        try await f.store.db.execute("UPDATE coordination_records SET doc = ? WHERE kind = ?", .text("spoilt"), .text(ProtectionItem.kind))
        return docs
    }

    func restore(_ docs: [(String, String)], _ f: Fixture) async throws {
        for (id, doc) in docs { try await f.store.db.execute("UPDATE coordination_records SET doc = ? WHERE id = ?", .text(doc), .text(id)) }
    }

    @Test(arguments: TestBackend.available)
    func itemsAreReadOffTheIndexAndOlderOnesOpenedUntilFilled(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Five cases; the first four's victims each get a service left open, one delivered
            // and one recorded as not delivered.
            var cases: [CaseRecord] = []
            for i in 0..<5 {
                let c = try await f.registerCase()
                _ = try await f.addVictim(c.id, name: "Korban \(i)")
                cases.append(c)
            }
            let victims = Dictionary(uniqueKeysWithValues: try await export(f).map { ($0.id, $0.persons[0].id) })
            var pending: ProtectionItem?
            for (i, c) in cases.prefix(4).enumerated() {
                let victim = try #require(victims[c.id])
                func request(_ n: String, _ service: ProtectionService, agreed: CalendarDate? = nil) throws -> ProtectionItem {
                    try ProtectionItem.request(id: "svc-\(i)-\(n)", caseID: c.id, victimID: victim, service: service, responsibleAgencyID: "ag-a",
                                               requestedBy: "ag-a", requestedOn: Self.day, agreedDueOn: agreed)
                }
                let open = try request("open", .shelter, agreed: Self.day.addingDays(30))
                try await f.store.coordination.insert(open, by: f.investigator)
                if i == 0 { pending = open }
                for (n, event) in [("delivered", ProtectionEvent.deliver), ("refused", .notDelivered(reason: "Korban menolak"))] {
                    let item = try request(n, .healthRehabilitation)
                    try await f.store.coordination.insert(item, by: f.investigator)
                    let closed = try item.apply(event, by: "ag-a", on: Self.day.addingDays(3 + i), expectedVersion: 1)
                    try await f.store.coordination.update(closed, previousVersion: 1, action: "closed", by: f.investigator)
                }
            }
            let want = try await export(f)
            let support = want.flatMap(\.support)
            #expect(support.count == 12 && want.filter { $0.support.isEmpty }.count == 1)
            #expect(support.filter { $0.service == .shelter }.allSatisfy { $0.actualEnd == nil && $0.plannedEnd == Self.day.addingDays(30) })
            #expect(Set(support.filter { $0.service != .shelter }.compactMap(\.actualEnd)).count == 4)
            #expect(try await closingDays(f).values.filter { $0 == "" }.count == 4, "an open item's closing day is ''")
            #expect(try await f.store.coordination.protectionItemsWithoutClosingDay() == 0)

            // Written since M036: read off the index; the documents are not opened.
            var docs = try await spoilDocuments(f)
            #expect(try await export(f) == want)
            try await restore(docs, f)

            // As written before M036: no closing day. The export opens the documents and reads the same.
            try await f.store.db.execute("UPDATE coordination_records SET closed_on = NULL WHERE kind = ?", .text(ProtectionItem.kind))
            #expect(try await f.store.coordination.protectionItemsWithoutClosingDay() == 12)
            #expect(try await export(f) == want)
            docs = try await spoilDocuments(f)
            await #expect(throws: (any Error).self) { _ = try await export(f) }
            try await restore(docs, f)

            // One item delivered meanwhile writes its own day; the fill, in pages, does the rest.
            let open = try #require(pending)
            let delivered = try open.apply(.deliver, by: "ag-a", on: Self.day.addingDays(20), expectedVersion: 1)
            try await f.store.coordination.update(delivered, previousVersion: 1, action: "delivered", by: f.investigator)
            #expect(try await f.store.coordination.fillProtectionClosingDays(pageSize: 5) == 11)
            #expect(try await f.store.coordination.fillProtectionClosingDays(pageSize: 5) == 0, "filled once")
            let days = try await closingDays(f)
            #expect(days["svc-0-open"] == Self.day.addingDays(20).description)
            #expect(days.values.filter { $0 == "" }.count == 3 && days.values.allSatisfy { $0 != nil })
            docs = try await spoilDocuments(f)
            let after = try await export(f)
            try await restore(docs, f)
            #expect(after.flatMap(\.support).first { $0.id == "svc-0-open" }?.actualEnd == Self.day.addingDays(20))
            #expect(after.flatMap(\.support).filter { $0.id != "svc-0-open" } == support.filter { $0.id != "svc-0-open" })
        }
    }
}
