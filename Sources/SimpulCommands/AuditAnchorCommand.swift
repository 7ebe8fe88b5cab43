import ArgumentParser
import Foundation
import Store

extension AuditCommand {
    struct Anchor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "anchor",
            abstract: "Verify the audit log, then print (or write) a signed anchor of its last entry for someone outside to keep.",
            discussion: """
                Whoever owns the database and the key could rewrite the log and recompute its chain; an anchor \
                kept elsewhere (another agency, an auditor, paper) catches that: `simpul audit verify --anchor FILE`.

                The anchor is one line of JSON with these keys:
                  v          the format, 1
                  seq        the last entry's number
                  hash       its hash (hex)
                  keyedFrom  the first entry hashed with the key
                  at         when the anchor was made (ISO 8601, UTC)
                  publicKey  Ed25519 public key (base64), also printed to standard error
                  signature  Ed25519 signature (base64) of the UTF-8 text
                             "simpul audit anchor v1\\n<seq>\\n<hash>\\n<keyedFrom>\\n<at>"
                The signing key is derived from the master key, so the public key stays the \
                same; anyone can check an anchor with it alone.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Write the anchor to this file instead of standard output.")
        var output: String?

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            let (report, made) = try await opened.audit.anchor()
            let publicKey = opened.audit.anchorPublicKey
            try await opened.db.close()
            guard let anchor = made else {
                print("audit log BROKEN: not anchored; \(report.problems.count) problems in \(report.checked) entries")
                report.problems.forEach { print("  - \($0)") }
                throw ExitCode(1)
            }
            if let output {
                try Data((anchor.line + "\n").utf8).write(to: URL(fileURLWithPath: output))
                print("anchor of entry \(anchor.seq) written to \(output)")
            } else {
                print(anchor.line)
            }
            FileHandle.standardError.write(Data("public key (Ed25519, base64): \(publicKey)\n".utf8))
        }
    }
}
