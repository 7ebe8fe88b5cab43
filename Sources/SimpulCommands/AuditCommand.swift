import ArgumentParser
import Store

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Work with the audit log.",
                                                    subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the hash chain of the audit log; name every altered or deleted entry. Exit 1 when broken.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(logger: makeLogger(), quiet: true)
            let report = try await opened.audit.verify()
            try await opened.db.close()
            if report.isIntact {
                print("audit log intact: \(report.checked) entries checked")
            } else {
                print("audit log BROKEN: \(report.problems.count) problems in \(report.checked) entries")
                report.problems.forEach { print("  - \($0)") }
                throw ExitCode(1)
            }
        }
    }
}
