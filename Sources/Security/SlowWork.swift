import Foundation

/// Runs deliberately slow work (receipt hashing) on its own threads, at most one job per core,
/// so the server's event loops keep answering while codes are hashed and a burst of reports
/// queues here instead of starving everything else.
public final class SlowWork: Sendable {
    public static let shared = SlowWork(width: ProcessInfo.processInfo.activeProcessorCount)

    private let gate: Gate
    private let queue = DispatchQueue(label: "simpul.slow-work", qos: .userInitiated, attributes: .concurrent)

    public init(width: Int) { gate = Gate(width: max(1, width)) }

    public func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await gate.enter()
        let result = await withCheckedContinuation { (c: CheckedContinuation<T, Never>) in
            queue.async { c.resume(returning: body()) }
        }
        await gate.leave()
        return result
    }

    /// A counting semaphore for async callers, first come first served.
    actor Gate {
        private var free: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []
        init(width: Int) { free = width }

        func enter() async {
            if free > 0 { free -= 1; return }
            await withCheckedContinuation { waiting.append($0) }
        }

        func leave() {
            if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
        }
    }
}
