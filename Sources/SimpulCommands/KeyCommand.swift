import ArgumentParser
import Foundation
import Security
import Store

/// `simpul key`: data-encryption keys. Add a key, give the keyring to every server, rotate to it,
/// retire the old one. Key 0 never leaves: the derived keys (receipt codes, blind indexes, the
/// audit chain, signatures) come from it.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Manage the data-encryption keys: add, rotate, retire, status.",
        subcommands: [Add.self, KeyRotateCommand.self, Retire.self, Status.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a new key to the keyring, staged: readable by every server that has it, not yet sealing.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let (loaded, source) = try store.loadKeyring()
            var keyring = loaded
            let id = keyring.addKey()
            try keyring.write(to: store.resolvedKeyringFile)
            print("Added key \(id) (fingerprint \(keyring.fingerprint(id)!)) to the keyring \(store.resolvedKeyringFile) (mode 0600).")
            print("It is staged: nothing is sealed under it until `simpul key rotate`. Back the keyring up with the key file.")
            print("Next:")
            if source == .environment || source == .keyringEnvironment {
                print("  1. Set SIMPUL_KEYRING on every server to the base64 of that file (base64 -w0 \(store.resolvedKeyringFile)), restart them, delete the file.")
            } else {
                print("  1. Copy the keyring beside the key file of every server (or set SIMPUL_KEYRING to its base64) and restart them.")
            }
            print("  2. Once every server runs with it: simpul key rotate")
            print("  3. When rotate reports no value under the old key: simpul key retire --id <old id> (key 0 stays: the derived keys come from it).")
        }
    }

    struct Retire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire", abstract: "Remove an old key from the keyring, once the store holds nothing sealed under it.")

        @OptionGroup var store: StoreOptions
        @Option(help: "The id of the key to retire (not 0, not the current key).") var id: UInt32

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            defer { Task { try? await opened.db.close() } }
            try await KeyRotation(store: opened).retire(id)
            try await opened.audit.record(AuditEvent(actorUserID: nil, actorAgencyID: nil, action: "key.retired", detail: "key=\(id) via CLI"))
            let (loaded, source) = try store.loadKeyring()
            var keyring = loaded
            try keyring.removeKey(id)
            try keyring.write(to: store.resolvedKeyringFile)
            print("Key \(id) is retired: the store holds nothing under it and no longer asks for it; it is removed from \(store.resolvedKeyringFile).")
            if source == .keyringEnvironment { print("Set SIMPUL_KEYRING on every server to the base64 of that file and delete the file.") }
            print("Servers may drop it from their keyrings at their next restart.")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "The keys, which one seals, and how many values each sealed column holds under each key.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            defer { Task { try? await opened.db.close() } }
            let state = try await opened.dataKeys.read()
            for id in opened.cipher.keyring.ids {
                let role = id == state.current ? "current, seals" : state.inUse.contains(id) ? "in use, reads" : "staged: reads, does not seal yet"
                print("key \(id)  \(opened.cipher.keyring.fingerprint(id)!)  \(role)\(id == Keyring.rootID ? ", root of the derived keys" : "")")
            }
            for holder in try await opened.keyHolders.running() {
                print("server \(holder.server): holds keys \(holder.keyIDs.map(String.init).joined(separator: ", ")), seals under key \(holder.sealingKey)")
            }
            KeyRotateCommand.printCounts(try await KeyRotation(store: opened).census())
        }
    }
}

extension StoreOptions {
    /// The keyring as this machine has it, without opening the store.
    func loadKeyring() throws -> (Keyring, KeyLoader.Source) {
        try KeyringLoader.load(environment: ProcessInfo.processInfo.environment, keyFile: resolvedKeyFile,
                               keyringFile: resolvedKeyringFile, createIfMissing: false)
    }
}
