/// An import's one writer: takes the sealed batches in the file's order and writes them, up to
/// `perTransaction` of them in one transaction. A commit writes every page its transaction
/// changed; at a million cases the indexes on random keys (a case's opening day, a service's
/// due day) are far larger than the page cache, so each batch of 2,000 cases changed pages all
/// over them and a commit per batch wrote most of those pages again and again. Several batches
/// to a commit write each page once for all of them, while only the batches in flight are
/// held in memory (a larger batch would hold all its cases sealed at once).
///
/// The transaction stays open while the next batch is sealed, so other writers wait for it: a
/// server's own import writes one batch to a transaction.
struct HTCDSImportWriter: Sendable {
    enum Event: Sendable {
        /// A batch went into the open transaction: another may be sealed.
        case written
        /// The open transaction committed, with what its batches loaded.
        case committed(HTCDSLoaded)
        /// A write failed: its transaction rolled back, and the writer stopped.
        case failed(any Error)
    }

    let input = HandOff<Task<HTCDSImports.PreparedBatch, any Error>>()
    let events = HandOff<Event>()

    /// Starts writing what `input` is given until it is finished or a write fails; `events`
    /// then finishes. Whoever starts it must finish `input`, or the writer waits for ever,
    /// holding its transaction when `perTransaction` is above one.
    init(imports: HTCDSImports, perTransaction: Int) {
        Task { [input, events] in
            do {
                while let first = await input.take() {
                    let loaded = try await imports.db.transaction { tx in
                        var loaded = HTCDSLoaded(), next: Task? = first, count = 0
                        while let batch = next {
                            loaded += try await imports.write(try await batch.value, in: tx)
                            await events.put(.written)
                            count += 1
                            next = count < perTransaction ? await input.take() : nil
                        }
                        return loaded
                    }
                    await events.put(.committed(loaded))
                }
            } catch {
                await events.put(.failed(error))
            }
            await events.finish()
        }
    }
}
