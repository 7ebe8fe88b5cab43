import Foundation

/// Splits 0..<count into one contiguous part per core, runs `body` on the parts at once and
/// returns their results in order. For the CPU-heavy half of a bulk load (sealing identities,
/// encoding records, hashing matching keys), done while the previous batch is written. A body
/// that can fail returns a `Result` per part; the caller unwraps them.
func inParallel<T>(_ count: Int, minimumPart: Int = 500, _ body: (Range<Int>) -> T) -> [T] {
    let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / minimumPart))
    let size = (count + parts - 1) / parts
    let results = ResultSlots<T?>(Array(repeating: nil, count: parts))
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.set(part, body(min(count, part * size)..<min(count, (part + 1) * size)))
        }
    }
    return results.values.map { $0! }
}

/// Results written by parallel iterations, each to its own slot.
private final class ResultSlots<T>: @unchecked Sendable {
    private(set) var values: [T]
    private let lock = NSLock()
    init(_ values: [T]) { self.values = values }
    func set(_ i: Int, _ v: T) { lock.lock(); values[i] = v; lock.unlock() }
}
