import Cases
import Coordination
import Foundation
import Testing
@testable import Store

/// What officers write in their own words is sealed in the store like identities: a copy of the
/// database does not show it, the store reads it back, and rows written before sealing still read.
@Suite("Free text sealed in the store")
struct SealedNotesStoreTests {
    @Test(arguments: TestBackend.available)
    func taskTitlesAndRecordsAreSealedAndReadBack(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let today = CalendarDate(Date())
            let title = "Periksa rumah Budi Santoso di Jl. Melati 7"
            let task = try CoordinationTask.create(id: UUID().uuidString.lowercased(), caseID: c.id, title: title, by: "ag-a", on: today,
                                                   assignee: TaskAssignee(agencyID: "ag-a"), dueOn: today.addingDays(3),
                                                   supervisor: TaskAssignee(agencyID: "ag-a"))
            try await f.store.coordination.insert(task, by: f.investigator)
            let raw = try #require(try await f.store.db.query("SELECT doc, summary FROM coordination_records WHERE id = ?", [.text(task.id)]).first)
            let doc = try raw.text("doc"), summary = try raw.text("summary")
            #expect(!doc.contains("Budi") && !summary.contains("Budi"))
            #expect(doc.hasPrefix(SealedText.prefix) && summary.hasPrefix(SealedText.prefix))
            #expect(try await f.store.coordination.find(CoordinationTask.self, id: task.id)?.title == title)
            #expect(try await f.store.coordination.openWork(agencyID: "ag-a").first { $0.id == task.id }?.summary == title)
            // A sealed record copied under another id does not open.
            let other = try await f.store.coordination.insertAndCopy(task, caseID: c.id, by: f.investigator, doc: doc)
            await #expect(throws: (any Error).self) { _ = try await f.store.coordination.find(CoordinationTask.self, id: other) }
        }
    }

    @Test(arguments: TestBackend.available)
    func rowsWrittenBeforeSealingStillRead(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let c = try await f.registerCase()
            let today = CalendarDate(Date())
            let task = try CoordinationTask.create(id: UUID().uuidString.lowercased(), caseID: c.id, title: "Tugas lama", by: "ag-a", on: today,
                                                   assignee: TaskAssignee(agencyID: "ag-a"), dueOn: today.addingDays(3),
                                                   supervisor: TaskAssignee(agencyID: "ag-a"))
            try await f.store.coordination.insert(task, by: f.investigator)
            let plain = String(decoding: try JSONEncoder().encode(task), as: UTF8.self)
            try await f.store.db.execute("UPDATE coordination_records SET doc = ?, summary = ? WHERE id = ?",
                                         [.text(plain), .text("Tugas lama"), .text(task.id)])
            #expect(try await f.store.coordination.find(CoordinationTask.self, id: task.id)?.title == "Tugas lama")
            #expect(try await f.store.coordination.openWork(agencyID: "ag-a").first { $0.id == task.id }?.summary == "Tugas lama")
        }
    }
}

extension CoordinationRepository {
    /// A second row carrying `doc` as it is, as someone editing the database might copy it.
    func insertAndCopy(_ task: CoordinationTask, caseID: String, by viewer: Viewer, doc: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        try await db.execute("""
            INSERT INTO coordination_records (id, kind, case_id, owner_agency, status, open, summary, version, doc, updated_at)
            VALUES (?, 'task', ?, 'ag-a', 'open', 1, 'x', 1, ?, ?)
            """, [.text(id), .text(caseID), .text(doc), .text(Timestamp.now())])
        return id
    }
}
