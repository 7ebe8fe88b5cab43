import Foundation

/// Runs blocking work on a thread of its own, so it does not hold one of the few threads every
/// async task shares: a backup's file and database work. (Long CPU work that can wait goes to
/// `LowPriorityThreads` instead.)
package func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
