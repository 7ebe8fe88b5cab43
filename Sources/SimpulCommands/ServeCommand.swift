import ArgumentParser
import Foundation
import Hummingbird
import Security
import Store
import Web

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the HTTP server.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Port to listen on.") var port: Int = 8080
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Flag(help: "Fill an empty store with demo data first and print the demo sign-ins.") var demo = false
    @Option(help: "Cases to generate with --demo.") var demoCases: Int = 2000
    @Flag(help: "Mark cookies Secure (Simpul is served over https).") var secureCookies = false
    @Option(help: "How many proxies in front of Simpul append to X-Forwarded-For; the client is the address the outermost one added. Rate limits only.")
    var trustedProxies: Int = 0
    @Flag(help: "Same as --trusted-proxies 1.") var trustForwardedFor = false
    @Option(help: "An address allowed to read /metrics (the connection's own peer); repeat for more. Without it or SIMPUL_METRICS_TOKEN, /metrics answers 404.")
    var metricsFrom: [String] = []
    @Flag(help: "Allow SIMPUL_INSECURE_TEST_RECEIPT_HASH=1 (tests and benchmarks only): receipt codes filed meanwhile stay weak.")
    var allowInsecureReceiptHash = false
    @OptionGroup var mail: MailOptions

    /// How often a server looks up which key the store says seals.
    static let keyFollowSeconds = 10

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1–65535, not \(port)") }
        guard (0...10).contains(trustedProxies) else { throw ValidationError("--trusted-proxies must be 0–10, not \(trustedProxies)") }
        guard demoCases >= 0 else { throw ValidationError("--demo-cases must not be negative") }
    }

    /// The receipt hashing: production, unless the insecure test setting is asked for and
    /// allowed (a demo store, or the explicit flag); asked for and not allowed, Simpul refuses to start.
    static func receiptHashing(environment: [String: String], allowed: Bool) throws -> ReceiptHasher.Parameters {
        guard let asked = environment["SIMPUL_INSECURE_TEST_RECEIPT_HASH"], !asked.isEmpty, asked != "0" else { return .production }
        guard asked == "1" else { throw ValidationError("SIMPUL_INSECURE_TEST_RECEIPT_HASH must be 1 or unset, not \(asked)") }
        guard allowed else {
            throw ValidationError("""
                SIMPUL_INSECURE_TEST_RECEIPT_HASH=1 weakens every receipt code filed while it is set. \
                It is for tests and benchmarks only: add --allow-insecure-receipt-hash (or --demo) to use it, or unset it.
                """)
        }
        return .insecureForTests
    }

    func run() async throws {
        let logger = makeLogger()
        let opened = try await store.open(logger: logger)
        if demo, try await opened.needsSetup() {
            let signIns = try await DemoLoader.load(into: opened, cases: demoCases, bcryptCost: 12)
            DemoLoader.printSignIns(signIns)
        }
        let base = "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)"
        if try await opened.needsSetup() {
            let token = try await opened.tokens.createSetupToken()
            print("No administrator yet. Open this one-time link within 24 hours to create the first one:")
            print("  \(base)/siapkan?token=\(token)")
        }
        try await opened.reports.installDefaults(dutyAgencyIDs: [])
        // Persons stored before search by name existed (or loaded in bulk) are indexed once.
        let indexed = try await opened.personSearch.backfill()
        if indexed > 0 { print("indexed \(indexed) persons for search by name and NIK") }
        let environment = ProcessInfo.processInfo.environment
        let hashing = try Self.receiptHashing(environment: environment, allowed: allowInsecureReceiptHash || demo)
        if hashing.isInsecure {
            let line = String(repeating: "!", count: 78)
            print("\(line)\nWARNING: receipt codes are hashed with the insecure test setting (SIMPUL_INSECURE_TEST_RECEIPT_HASH=1).\n"
                  + "A code filed now can be guessed from a copy of the database. Never for real reports. /health says so too.\n\(line)")
        }
        print("Simpul listens on \(base)")
        let config = AppConfig(host: host, port: port, secureCookies: secureCookies, receiptHashing: hashing, trustedProxies: max(trustedProxies, trustForwardedFor ? 1 : 0),
                               metricsAccess: MetricsAccess(addresses: Set(metricsFrom), token: environment["SIMPUL_METRICS_TOKEN"]))
        let app = buildApplication(config: config, store: opened, logger: logger)
        // Hourly on every server: closed reports whose retention has ended are deleted, overdue
        // tasks escalated, the person matching model kept current. All are idempotent, so
        // several servers at once do no harm.
        let purge = Task {
            while !Task.isCancelled {
                do { try await opened.reports.purgeExpired() } catch { logger.error("report retention purge failed: \(error)") }
                do { try await escalateOverdueTasks(opened) } catch { logger.error("task escalation failed: \(error)") }
                // Re-estimated only when the persons have grown by half since the last estimate.
                do { try await opened.personMatchIndex.refreshModel() } catch { logger.error("person matching model failed: \(type(of: error))") }
                try? await Task.sleep(for: .seconds(3600))
            }
        }
        defer { purge.cancel() }
        // Protection items written before their closing day was a column (M036) are filled in
        // the background: until then an HTCDS export opens each one, slower but the same.
        let closingDays = Task {
            do {
                let filled = try await opened.coordination.fillProtectionClosingDays()
                if filled > 0 { logger.info("filled the closing day of \(filled) protection items for the HTCDS export") }
            } catch { logger.error("filling protection items' closing days failed: \(error)") }
        }
        defer { closingDays.cancel() }
        // After `simpul key rotate` makes another key current, this server seals under it from its
        // next look (when its keyring holds that key; else it warns and keeps the key it has).
        // It also tells the store which keys it holds, so that no key becomes current before it can read it.
        let server = "\(ProcessInfo.processInfo.hostName) pid \(ProcessInfo.processInfo.processIdentifier) port \(port)"
        try await opened.keyHolders.report(server: server, cipher: opened.cipher)
        let followKey = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(Self.keyFollowSeconds))
                do {
                    try await opened.followSealingKey(logger: logger)
                    try await opened.keyHolders.report(server: server, cipher: opened.cipher)
                } catch { logger.error("reading the current key failed: \(error)") }
            }
        }
        defer { followKey.cancel() }
        let relay = try mail.relay(environment: environment)
        if let relay, case .none = relay.security, !relay.isLoopback {
            logger.warning("--smtp-tls none: notices go to \(relay.host) in clear text")
        }
        let transport = mail.transport(relay: relay, dataDirectory: store.dataDirectory)
        let delivery = Task { await MailDelivery.run(opened.outbox, transport: transport) { logger.error("\($0)") } }
        defer { delivery.cancel() }
        try await app.runService()
        // A server stopped in order is not waited for by `simpul key rotate`; a killed one is
        // forgotten a minute after its last report.
        try? await opened.keyHolders.forget(server: server)
        try await opened.db.close()
    }
}
