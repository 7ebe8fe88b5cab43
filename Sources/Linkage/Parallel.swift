import Foundation

/// Runs `body` over 0..<count on all cores, in contiguous chunks, and collects the results in
/// order. Linking a million records is CPU-bound; the machine has few cores and all are used.
func parallelMap<T>(_ count: Int, chunk: Int = 4096, _ body: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        // Each index is written by exactly one iteration, so sharing the buffer is race-free.
        nonisolated(unsafe) let base = buffer.baseAddress!
        nonisolated(unsafe) let body = body
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                (base + i).initialize(to: body(i))
            }
        }
        initialized = count
    }
}

/// Runs `body` on each chunk of 0..<count in parallel; each call gets its chunk's range and
/// returns a partial result, returned in chunk order. A body that can fail returns a `Result`
/// per chunk for the caller to unwrap.
public func parallelChunks<T>(_ count: Int, chunks: Int, _ body: (Range<Int>) -> T) -> [T] {
    let n = max(1, chunks)
    let size = (count + n - 1) / n
    return parallelMap(n, chunk: 1) { c in body(min(count, c * size)..<min(count, (c + 1) * size)) }
}

/// `parallelChunks` with one chunk per core, but none smaller than `minimumChunk` items: below
/// that, starting a thread costs more than the work (the store's bulk loads: sealing identities,
/// encoding records, hashing matching keys).
///
/// On a thread that runs at a lowered priority (an import's sealing, on `LowPriorityThreads`),
/// the work stays on that thread: libdispatch's threads run at the normal priority, and
/// spreading the work onto them took the cores from the work that was meant to go first.
public func parallelChunks<T>(_ count: Int, minimumChunk: Int, _ body: (Range<Int>) -> T) -> [T] {
    if runsAtLoweredPriority() { return [body(0..<count)] }
    return parallelChunks(count, chunks: min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimumChunk)), body)
}

/// Whether the calling thread's nice value is above zero. On Linux a thread's priority is its
/// own (`getpriority` of process 0 answers for the calling thread).
func runsAtLoweredPriority() -> Bool {
    #if os(Linux)
    errno = 0
    let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    return errno == 0 && nice > 0
    #else
    return false
    #endif
}
