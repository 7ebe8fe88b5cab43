import Dispatch

/// `body(i)` for i in 0..<count on all cores, results in index order. The caller fixes
/// `count` (not the number of cores), so results that are later summed in order come out the
/// same on any machine.
func parallelMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        // Each slot is written by exactly one iteration: sharing the buffer is race-free.
        nonisolated(unsafe) let base = buffer.baseAddress!
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: count) { i in (base + i).initialize(to: body(i)) }
        initialized = count
    }
}
