import Foundation

/// Runs deliberately slow work (receipt hashing) on its own threads, at most one job per core,
/// so the server's event loops keep answering while codes are hashed. The queue in front is
/// bounded: beyond it the caller is told `Busy` (and answers 503) instead of waiting behind a
/// flood. Filing a report goes before looking one up, and lookups may fill only part of the
/// queue, so guessed codes cannot starve a reporter who is filing.
public final class SlowWork: Sendable {
    public static let shared = SlowWork(width: ProcessInfo.processInfo.activeProcessorCount)

    /// Which kind of work is waiting: filings are served first.
    public enum Priority: Sendable { case filing, lookup }

    /// The queue is full for this kind of work.
    public struct Busy: Error {}

    private let gate: Gate
    private let queue = DispatchQueue(label: "simpul.slow-work", qos: .userInitiated, attributes: .concurrent)

    /// `maxWaiting` jobs may wait; lookups only while fewer than half of that wait.
    public init(width: Int, maxWaiting: Int = 64) { gate = Gate(width: max(1, width), maxWaiting: max(2, maxWaiting)) }

    public func run<T: Sendable>(_ priority: Priority = .filing, _ body: @escaping @Sendable () -> T) async throws -> T {
        try await gate.enter(priority)
        let result = await withCheckedContinuation { (c: CheckedContinuation<T, Never>) in
            queue.async { c.resume(returning: body()) }
        }
        await gate.leave()
        return result
    }

    /// How many jobs wait now (for tests and metrics).
    public func waiting() async -> Int { await gate.waitingCount }

    /// A counting semaphore for async callers with two queues, filings first.
    actor Gate {
        private var free: Int
        private let maxWaiting: Int
        private var filings: [CheckedContinuation<Void, Never>] = []
        private var lookups: [CheckedContinuation<Void, Never>] = []

        init(width: Int, maxWaiting: Int) {
            free = width
            self.maxWaiting = maxWaiting
        }

        var waitingCount: Int { filings.count + lookups.count }

        func enter(_ priority: Priority) async throws {
            if free > 0 { free -= 1; return }
            switch priority {
            case .filing:
                guard waitingCount < maxWaiting else { throw Busy() }
                await withCheckedContinuation { filings.append($0) }
            case .lookup:
                guard waitingCount < maxWaiting / 2 else { throw Busy() }
                await withCheckedContinuation { lookups.append($0) }
            }
        }

        func leave() {
            if !filings.isEmpty { filings.removeFirst().resume() }
            else if !lookups.isEmpty { lookups.removeFirst().resume() }
            else { free += 1 }
        }
    }
}
