import Dispatch
import Foundation

/// `body(0) … body(count − 1)` spread over the cores, results in index order. Each call must
/// depend on its index alone (the bootstrap gives each replicate its own random stream), so
/// the result is the same however the calls are scheduled.
package func concurrentMap<R: Sendable>(count: Int, _ body: @Sendable (Int) -> R) -> [R] {
    let slots = Slots<R>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
    return slots.values.map { $0! }
}

/// One slot per call, each written once, under a lock.
private final class Slots<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) { lock.withLock { storage[i] = value } }
    var values: [R?] { lock.withLock { storage } }
}
