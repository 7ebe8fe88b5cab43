import ArgumentParser
import Foundation
import Security
import Store

/// `simpul key rotate`: makes the newest key current and re-seals every sealed value under it,
/// while the servers run. Safe to stop at any moment (even kill -9) and to run again: it resumes
/// from the checkpoints it saved with each batch.
struct KeyRotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Make a key current and re-seal everything under it; resumable. Exits 3 while values remain under older keys.")

    @OptionGroup var store: StoreOptions
    @Option(help: "The key to rotate to. Default: the newest key of the keyring (a rotation stopped midway goes on to it).")
    var id: UInt32?
    @Option(help: "Rows per batch (each batch is one transaction and one checkpoint).") var batchSize = 200
    @Option(help: "Passes at most before stopping; each pass takes what servers sealed under older keys meanwhile.") var maxPasses = 5

    func validate() throws {
        guard (1...10_000).contains(batchSize) else { throw ValidationError("--batch-size must be 1–10000, not \(batchSize)") }
        guard (1...100).contains(maxPasses) else { throw ValidationError("--max-passes must be 1–100, not \(maxPasses)") }
    }

    func run() async throws {
        let opened = try await store.open(logger: makeLogger(), quiet: true)
        defer { Task { try? await opened.db.close() } }
        let state = try await opened.dataKeys.read()
        let target = id ?? opened.cipher.keyring.ids.last!
        guard opened.cipher.keyring.keys[target] != nil else {
            throw ValidationError("the keyring holds no key \(target) (it holds \(opened.cipher.keyring.ids.map(String.init).joined(separator: ", "))); add one with simpul key add")
        }
        var rotation = KeyRotation(store: opened)
        rotation.batchSize = batchSize
        if state.current != target {
            try await rotation.makeCurrent(target)
            try await opened.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "key.rotated",
                                                     detail: "from key \(state.current) to key \(target) via CLI"))
            say("Key \(target) is now current: every server that holds it seals under it within \(ServeCommand.keyFollowSeconds) s.")
        }
        rotation.batchDone = { report in say("  \(report.column): \(report.resealed) re-sealed under key \(target)") }
        let outcome = try await rotation.run(maxPasses: maxPasses) { pass in
            say("pass\(pass.resumed ? " (resumed)" : ""): \(pass.resealed) re-sealed, \(pass.changedMeanwhile) changed meanwhile")
        }
        Self.printCounts(outcome.passes.last!.columns, say: say)
        if outcome.finished {
            say("Rotation to key \(target) complete: every sealed value is under key \(target).")
            let old = state.inUse.filter { $0 != target && $0 != Keyring.rootID }
            if !old.isEmpty { say("Retire the old keys with simpul key retire --id \(old.map(String.init).joined(separator: " / --id ")).") }
        } else {
            for holder in outcome.serversBehind { say("server \(holder.server) still seals under key \(holder.sealingKey) (it looks every \(ServeCommand.keyFollowSeconds) s)") }
            say("Values may remain under older keys (servers that had not yet switched wrote them): run simpul key rotate again.")
            throw ExitCode(3)
        }
    }

    static func printCounts(_ columns: [SealedColumnReport], say: (String) -> Void = { print($0) }) {
        for c in columns where !c.doneEarlier {
            let keys = c.found.keys.sorted().map { "key \($0): \(c.found[$0]!)" }.joined(separator: ", ")
            say("  \(c.column.padding(toLength: 30, withPad: " ", startingAt: 0)) \(keys.isEmpty ? "no sealed values" : keys)")
        }
    }
}

/// A line on standard output at once, also into a pipe (print's buffer would hold progress back
/// until the end, or lose it to a kill).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
