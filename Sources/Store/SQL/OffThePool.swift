import Foundation

/// Runs blocking or CPU-long work on a thread of its own, so it does not hold one of the few
/// threads every async task shares: a backup's file and database work, an import's parsing and
/// sealing. Held there, the writer of an import waited for a thread at each of its statements.
package func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
