import ArgumentParser
import Foundation
import Security
import Store

struct ReportsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reports", abstract: "Anonymous reports: retention and receipt hashing.",
                                                    subcommands: [Purge.self, HashBench.self])

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete closed reports whose retention period has ended (the server also does this hourly).")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(logger: makeLogger())
            let n = try await opened.reports.purgeExpired()
            print("deleted \(n) report(s) at the end of their retention period")
            try await opened.db.close()
        }
    }

    struct HashBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hash-bench",
                                                        abstract: "Measure receipt-code hashing alone with the production parameters.")
        @Option(help: "Seconds to run.") var seconds: Double = 10
        @Option(help: "Threads hashing at once.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            guard seconds > 0, threads > 0 else { throw ValidationError("--seconds and --threads must be positive") }
        }

        func run() async throws {
            let hasher = ReceiptHasher(parameters: .production, cipher: try FieldCipher(keyBytes: FieldCipher.generateKeyBytes()))
            let start = Date()
            let counts = await withTaskGroup(of: (Int, Double).self) { group in
                for t in 0..<threads {
                    group.addTask {
                        await withCheckedContinuation { c in
                            Thread.detachNewThread {
                                var n = 0
                                var cpu = 0.0
                                while Date().timeIntervalSince(start) < seconds {
                                    let t0 = Date()
                                    _ = hasher.hash(digits: String(format: "%016d", n * 7919 + t))
                                    cpu += Date().timeIntervalSince(t0)
                                    n += 1
                                }
                                c.resume(returning: (n, cpu))
                            }
                        }
                    }
                }
                var all: [(Int, Double)] = []
                for await r in group { all.append(r) }
                return all
            }
            let elapsed = Date().timeIntervalSince(start)
            let total = counts.map(\.0).reduce(0, +)
            let perHash = counts.map(\.1).reduce(0, +) / Double(max(total, 1))
            let rate = String(format: "%.1f", Double(total) / elapsed), ms = String(format: "%.0f", perHash * 1000)
            print("hash-only: \(rate) hashes/s with \(threads) threads (production parameters \(ReceiptHasher.Parameters.production.label)), \(ms) ms per hash")
        }
    }
}
