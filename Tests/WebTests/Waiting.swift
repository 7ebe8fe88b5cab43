import Foundation
import Testing

/// Waits until `condition` holds, checking every few milliseconds, and fails naming `what` after
/// `limit`. Tests wait this way rather than for a fixed time or in an unbounded loop: when every
/// suite runs at once on two cores, a task may start late, and a wait must neither give up too
/// soon nor spin for ever.
func until(_ what: String, limit: Duration = .seconds(60),
           _ condition: @Sendable () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + limit
    while try await !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("waited \(limit) for \(what)")
            throw WaitedTooLong(what: what)
        }
        try await Task.sleep(for: .milliseconds(2))
    }
}

struct WaitedTooLong: Error, CustomStringConvertible {
    let what: String
    var description: String { "waited too long for \(what)" }
}

/// A job for slow-work queues that says when it runs and then holds its thread until released.
final class HeldJob: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private let gate = DispatchSemaphore(value: 0)

    var isRunning: Bool { lock.withLock { running } }

    /// The job's body: marks it running, then blocks (on a slow-work thread, not a task's) until `release`.
    func run() {
        lock.withLock { running = true }
        gate.wait()
    }

    func release() { gate.signal() }
}
