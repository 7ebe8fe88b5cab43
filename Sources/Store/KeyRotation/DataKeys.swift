import Foundation
import Logging
import Security

/// Which key seals new values, as the store records it for every server, and which keys values
/// may be sealed under (every key made current and not yet retired). A server must hold all of
/// these to read the store.
public struct DataKeyState: Codable, Sendable, Equatable {
    public var current: UInt32
    public var inUse: [UInt32]

    public static let initial = DataKeyState(current: Keyring.rootID, inUse: [Keyring.rootID])
}

/// The `data_keys` setting.
public struct DataKeys: Sendable {
    let db: any SQLDatabase
    static let setting = "data_keys"

    public func read() async throws -> DataKeyState {
        guard let blob = try await SettingsRepository(db: db).blob(Self.setting) else { return .initial }
        guard let state = try? JSONDecoder().decode(DataKeyState.self, from: Data(blob)) else {
            throw StoreError.corrupt("the \(Self.setting) setting is not readable JSON")
        }
        return state
    }

    func write(_ state: DataKeyState) async throws {
        try await SettingsRepository(db: db).setBlob(Self.setting, [UInt8](try JSONEncoder().encode(state)))
    }

    /// The first key the store's data may be sealed under that `keyring` lacks, if any.
    static func missing(from keyring: Keyring, _ state: DataKeyState) -> UInt32? {
        state.inUse.sorted().first { keyring.keys[$0] == nil }
    }
}

extension SimpulStore {
    public var dataKeys: DataKeys { DataKeys(db: db) }

    /// Seals with the key the store says is current, when this server holds it; when it does not
    /// (its keyring was not yet given the new key), it goes on sealing with the key it has, which
    /// the next pass of `simpul key rotate` re-seals, and says so.
    public func followSealingKey(logger: Logger) async throws {
        let state = try await dataKeys.read()
        guard state.current != cipher.sealingKeyID else { return }
        guard cipher.keyring.keys[state.current] != nil else {
            logger.warning("the store seals under key \(state.current), which this server's keyring lacks: still sealing under key \(cipher.sealingKeyID); give this server the new keyring and restart it")
            return
        }
        try cipher.sealWith(state.current)
        logger.info("now sealing under key \(state.current), as the store says")
    }
}
