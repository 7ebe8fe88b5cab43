/// Commits many small writes in one transaction: while one batch is being written, new
/// arrivals wait and go together in the next. With `synchronous = FULL` every commit costs a
/// disk flush, so batching is what lets many reporters be acknowledged per flush. Each caller
/// is answered only after its own batch has committed.
actor GroupCommit<Item: Sendable, Output: Sendable> {
    private var pending: [(item: Item, done: CheckedContinuation<Output, any Error>)] = []
    private var flushing = false
    private let maxBatch: Int
    private let write: @Sendable ([Item]) async throws -> [Output]

    /// `write` commits all items in one transaction and answers one output per item, in order.
    init(maxBatch: Int = 512, write: @escaping @Sendable ([Item]) async throws -> [Output]) {
        self.maxBatch = maxBatch
        self.write = write
    }

    func submit(_ item: Item) async throws -> Output {
        try await withCheckedThrowingContinuation { done in
            pending.append((item, done))
            if !flushing {
                flushing = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(maxBatch))
            pending.removeFirst(batch.count)
            do {
                let outputs = try await write(batch.map(\.item))
                // Every caller is answered, even by a writer that answered too few: none waits for ever.
                for (i, entry) in batch.enumerated() {
                    if i < outputs.count { entry.done.resume(returning: outputs[i]) }
                    else { entry.done.resume(throwing: StoreError.corrupt("the batch writer answered \(outputs.count) of \(batch.count) items")) }
                }
            } catch {
                // One bad item must not sink the others: write them one at a time, so every
                // valid item is kept and only the bad one reports its error.
                for entry in batch {
                    do {
                        guard let output = try await write([entry.item]).first else {
                            throw StoreError.corrupt("the batch writer answered nothing for an item")
                        }
                        entry.done.resume(returning: output)
                    }
                    catch { entry.done.resume(throwing: error) }
                }
            }
        }
        flushing = false
    }
}
