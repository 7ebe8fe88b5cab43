import ArgumentParser
import Foundation
import Logging
import Store

/// Where the data is and which key opens it; shared by every command that touches the store.
struct StoreOptions: ParsableArguments {
    @OptionGroup var place: StoreLocationOptions

    @Option(help: "File holding the base64 data-encryption key. Default: DIR/simpul.key. SIMPUL_KEY in the environment wins.")
    var keyFile: String?

    var dataDirectory: String { place.dataDirectory }
    var location: StoreLocation { place.location }

    @Option(help: "Keyring of data-encryption keys (simpul key add). Default: simpul.keyring beside the key file. SIMPUL_KEYRING in the environment wins.")
    var keyringFile: String?

    var resolvedKeyFile: String { keyFile ?? (dataDirectory as NSString).appendingPathComponent("simpul.key") }
    var resolvedKeyringFile: String { keyringFile ?? SimpulStore.keyringFile(beside: resolvedKeyFile) }

    func open(logger: Logger, quiet: Bool = false, mappedBytes: Int = SQLiteDatabase.mappedBytes) async throws -> SimpulStore {
        do {
            let (store, notes) = try await SimpulStore.open(location, keyFile: resolvedKeyFile, keyringFile: resolvedKeyringFile,
                                                            environment: ProcessInfo.processInfo.environment, logger: logger,
                                                            mappedBytes: mappedBytes)
            if !quiet { notes.forEach { print($0) } }
            return store
        } catch {
            // Not a ValidationError: the command line was right, so no usage text after the reason.
            throw StoreOpenFailure(reason: "\(error)")
        }
    }
}

/// Where the data is, without the key: for commands that copy the store whole (`backup`,
/// `restore`) and never read an identity.
struct StoreLocationOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Folder of the embedded SQLite store.")
    var dataDirectory: String = "./simpul-data"

    @Option(help: "PostgreSQL URL (postgres://user:pass@host:port/db). Also SIMPUL_DATABASE_URL. Without it, SQLite under --data.")
    var databaseURL: String?

    var location: StoreLocation {
        if let url = databaseURL ?? ProcessInfo.processInfo.environment["SIMPUL_DATABASE_URL"], !url.isEmpty {
            return .postgres(url: url)
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("simpul.sqlite"))
    }
}

func makeLogger(_ label: String = "simpul") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    return logger
}

/// The store would not open (no key, wrong key, database unreachable); the reason says why.
struct StoreOpenFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { "Cannot open the store: \(reason)" }
}
