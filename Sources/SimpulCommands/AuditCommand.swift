import ArgumentParser
import Foundation
import Security
import Store

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Work with the audit log.",
                                                    subcommands: [Verify.self, Anchor.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the keyed hash chain of the audit log; name every altered or deleted entry. Exit 1 when broken.",
            discussion: """
                With --anchor, each anchor kept from `simpul audit anchor` must be signed by this store's key and \
                its entry must still carry its hash: a log rewritten (even by someone holding the key) or cut \
                short at or before an anchored entry is reported.
                """)

        @OptionGroup var store: StoreOptions

        @Option(name: .customLong("anchor"), help: "A file written by `simpul audit anchor` (repeat for several).")
        var anchorFiles: [String] = []

        func run() async throws {
            let anchors = try anchorFiles.map(Self.readAnchor)
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            let report = try await opened.audit.verify(anchors: anchors)
            try await opened.db.close()
            if report.isIntact {
                let held = anchors.map(\.seq).max().map { "; every anchor holds (the last is of entry \($0))" } ?? ""
                print("audit log intact: \(report.checked) entries checked\(held)")
            } else {
                print("audit log BROKEN: \(report.problems.count) problems in \(report.checked) entries")
                report.problems.forEach { print("  - \($0)") }
                throw ExitCode(1)
            }
        }

        static func readAnchor(_ path: String) throws -> AuditAnchor {
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                return try AuditAnchor(line: text.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                throw AnchorFileFailure(path: path, reason: "\(error)")
            }
        }
    }
}

/// An anchor file that cannot be read or is not an anchor.
struct AnchorFileFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "Cannot use the anchor \(path): \(reason)" }
}
