import Foundation

/// The answer of whichever of two operations ends first, without waiting for the other. A task
/// group would wait for both, which is no use when one of them may never end (a task whose value
/// is awaited does not stop when cancelled). The slower operation is left to finish on its own.
enum FirstOf {
    static func race<T: Sendable>(_ a: @escaping @Sendable () async -> T, _ b: @escaping @Sendable () async -> T) async -> T {
        let once = Once()
        return await withCheckedContinuation { (done: CheckedContinuation<T, Never>) in
            for operation in [a, b] {
                Task {
                    let value = await operation()
                    if once.claim() { done.resume(returning: value) }
                }
            }
        }
    }

    /// True for the first caller only.
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var claimed = false
        func claim() -> Bool { lock.withLock { defer { claimed = true }; return !claimed } }
    }
}
