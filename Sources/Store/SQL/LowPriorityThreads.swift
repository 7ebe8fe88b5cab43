import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Threads that run long CPU work at a lower scheduling priority (nice 10): an import's parsing
/// and sealing. An import's one serial stage is the writer, and the server answers requests on
/// the same cores; work that can wait gives way to both instead of taking an equal share.
package final class LowPriorityThreads: @unchecked Sendable {
    package static let shared = LowPriorityThreads(count: ProcessInfo.processInfo.activeProcessorCount)

    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []

    init(count: Int) {
        for n in 0..<max(1, count) {
            // The threads hold their pool: they live as long as the process, and a pool dropped
            // by its maker must not vanish under a thread that waits on its condition.
            let thread = Thread { [self] in
                // Named from inside: Linux takes a thread's name from the thread itself, 15 bytes at most.
                Thread.current.name = "simpul-low-\(n)"
                Self.lowerOwnPriority()
                self.serve()
            }
            thread.start()
        }
    }

    /// Runs `body` on one of the threads and answers what it returned or threw.
    package func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            jobs.append { continuation.resume(with: Result { try body() }) }
            condition.signal()
            condition.unlock()
        }
    }

    private func serve() -> Never {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// On Linux the nice value belongs to each thread, and `setpriority` for "this process" (0)
    /// sets the calling thread's; elsewhere the thread keeps the default priority.
    private static func lowerOwnPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
