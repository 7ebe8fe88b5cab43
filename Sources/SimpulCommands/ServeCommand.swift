import ArgumentParser
import Foundation
import Hummingbird
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

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1–65535, not \(port)") }
        guard demoCases >= 0 else { throw ValidationError("--demo-cases must not be negative") }
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
        print("Simpul listens on \(base)")
        let app = buildApplication(config: AppConfig(host: host, port: port, secureCookies: secureCookies), store: opened, logger: logger)
        try await app.runService()
        try await opened.db.close()
    }
}
