import ArgumentParser
import Foundation
import Store

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the store with realistic demo data: agencies, users in every role, and N cases with victims, suspects and witnesses.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Number of cases.") var cases: Int = 2000
    @Option(help: "Random seed: the same seed gives the same data.") var seed: UInt64 = 2026
    @Option(help: "bcrypt cost for the demo passwords (10–15).") var bcryptCost: UInt8 = 12

    func validate() throws {
        guard cases >= 0 else { throw ValidationError("--cases must not be negative") }
        guard (10...15).contains(bcryptCost) else { throw ValidationError("--bcrypt-cost must be 10–15") }
    }

    func run() async throws {
        let opened = try await store.open(logger: makeLogger())
        let existing = try await opened.cases.count()
        if existing > 0 {
            try await opened.db.close()
            throw ValidationError("The store already holds \(existing) cases: demo data goes into an empty store (choose another --data folder).")
        }
        let started = Date()
        let signIns = try await DemoLoader.load(into: opened, cases: cases, bcryptCost: bcryptCost, seed: seed)
        print(String(format: "loaded %d cases in %.1f s", cases, Date().timeIntervalSince(started)))
        DemoLoader.printSignIns(signIns)
        try await opened.db.close()
    }
}
