import Foundation

/// Loads many cases batch by batch (demo data, the matching benchmark, imports). Each batch is
/// prepared — identities sealed, coordination records encoded, matching keys computed, on both
/// cores — while the previous one is written. The matching keys are held back and written once
/// at the end, in key order (`HeldMatchKeys`), while the matching model is estimated.
public struct BulkLoader {
    let store: SimpulStore
    let note: String
    private var writing: Task<Void, any Error>?
    private var held = HeldMatchKeys()
    /// Persons loaded so far: the population the links of the next batch are scored in.
    private var persons = 0

    /// What `finish` took.
    public struct End: Sendable {
        public let keysWritten: TimeInterval
        /// nil when no model was estimated (too few persons, or not grown enough since the last).
        public let modelEstimated: TimeInterval?
    }

    /// `note` goes into the audit entry of every batch.
    public init(store: SimpulStore, note: String) {
        self.store = store
        self.note = note
    }

    /// Prepares the batch, waits for the previous one to be written, and starts writing this one.
    /// `counters`: case-number counters to raise (see `CaseRepository.bulkInsert`). `links`: persons
    /// confirmed as the same as one loaded in this batch or before.
    public mutating func add(_ batch: [BulkCase], records: [any CoordinationRecord] = [], links: [BulkPersonLink] = [],
                             counters: [String: Int] = [:]) async throws {
        var prepared = try store.cases.prepareBulk(batch, counters: counters, actor: nil, note: note)
        held.hold(from: &prepared)
        let preparedRecords = try store.coordination.prepareBulk(records)
        persons += batch.reduce(0) { $0 + $1.persons.count }
        let preparedLinks = store.personMatches.prepareBulkLinks(links, population: persons)
        try await writing?.value
        let store = self.store, cases = prepared
        writing = Task {
            try await store.cases.writeBulk(cases)
            try await store.coordination.writeBulk(preparedRecords)
            try await store.personMatches.writeBulkLinks(preparedLinks)
        }
    }

    /// Writes the last batch, then the held keys while the model is estimated (it opens a sample
    /// of identities and needs only the term counts, written with the batches).
    public mutating func finish(forceModel: Bool = false) async throws -> End {
        try await writing?.value
        writing = nil
        let keys = held, store = self.store
        held = HeldMatchKeys()
        let keysWritten = Task {
            let start = Date()
            try await keys.write(to: store)
            return Date().timeIntervalSince(start)
        }
        let start = Date()
        let estimated: Bool
        do {
            estimated = try await store.personMatchIndex.refreshModel(force: forceModel)
        } catch {
            // The keys are still being written: the caller learns of the failure once they are in
            // (or of the write's own failure, which matters more: persons without keys are unfindable).
            _ = try await keysWritten.value
            throw error
        }
        let model = estimated ? Date().timeIntervalSince(start) : nil
        return End(keysWritten: try await keysWritten.value, modelEstimated: model)
    }
}
