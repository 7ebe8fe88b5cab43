import Foundation
import Testing
import Linkage
@testable import Store
#if canImport(Glibc)
import Glibc
#endif

@Suite("Work that gives way: the low-priority threads")
struct LowPriorityThreadsTests {
    struct Refused: Error, Equatable {}

    @Test func runsOnThreadsAtNiceTenAndAnswersWhatTheWorkReturnsOrThrows() async throws {
        let threads = LowPriorityThreads(count: 2)
        let sums = try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 0..<8 { group.addTask { try await threads.run { (0...n * 1_000).reduce(0, +) } } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sums.sorted() == (0..<8).map { n in n * 1_000 * (n * 1_000 + 1) / 2 })
        await #expect(throws: Refused.self) { try await threads.run { () throws -> Int in throw Refused() } }
        #if os(Linux)
        let nice = try await threads.run { () -> Int32 in
            errno = 0
            return getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        }
        #expect(nice == 10)
        // The caller's own thread keeps its priority.
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) < 10)
        #endif
    }

    @Test func workSplitAcrossTheCoresStaysOnALowPriorityThread() async throws {
        let threads = LowPriorityThreads(count: 1)
        // Each chunk answers the thread it ran on; the sealing of an import is split this way.
        let split: @Sendable () -> [(Int, pthread_t)] = { parallelChunks(10_000, minimumChunk: 10) { range in (range.count, pthread_self()) } }
        let low = try await threads.run { (caller: pthread_self(), parts: split()) }
        #expect(low.parts.map(\.0) == [10_000] && low.parts.allSatisfy { pthread_equal($0.1, low.caller) != 0 })
        #if os(Linux)
        // At the normal priority it is spread over the cores as before.
        let normal = split()
        #expect(normal.count == min(ProcessInfo.processInfo.activeProcessorCount, 1_000) && normal.map(\.0).reduce(0, +) == 10_000)
        #endif
    }
}
