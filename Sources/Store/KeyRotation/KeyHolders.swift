import Foundation
import Security

/// The servers running on this store and the keys each holds, reported every few seconds, so that
/// `simpul key rotate` makes a key current only once every running server can read what will be
/// sealed under it.
public struct KeyHolders: Sendable {
    let db: any SQLDatabase

    public struct Holder: Sendable, Equatable {
        public let server: String
        public let keyIDs: [UInt32]
        public let sealingKey: UInt32
        public let seenAt: Date
    }

    /// How long a server counts as running after its last report (it reports every 10 s).
    public static let lifetime: TimeInterval = 60

    /// Records that `server` runs with `cipher`'s keys; forgets servers silent for a day.
    public func report(server: String, cipher: FieldCipher, now: Date = Date()) async throws {
        let ids = cipher.keyring.ids.map(String.init).joined(separator: ",")
        try await db.transaction { tx in
            try await tx.execute("""
                INSERT INTO key_holders (server, key_ids, sealing_key, seen_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (server) DO UPDATE SET key_ids = excluded.key_ids, sealing_key = excluded.sealing_key, seen_at = excluded.seen_at
                """, [.text(server), .text(ids), .int(Int(cipher.sealingKeyID)), .text(Timestamp.string(now))])
            try await tx.execute("DELETE FROM key_holders WHERE seen_at < ?", [.text(Timestamp.string(now.addingTimeInterval(-86_400)))])
        }
    }

    /// A server that stops in order leaves at once.
    public func forget(server: String) async throws {
        try await db.execute("DELETE FROM key_holders WHERE server = ?", [.text(server)])
    }

    /// The servers heard from within `lifetime`.
    public func running(now: Date = Date()) async throws -> [Holder] {
        let rows = try await db.query("SELECT server, key_ids, sealing_key, seen_at FROM key_holders WHERE seen_at >= ? ORDER BY server",
                                      [.text(Timestamp.string(now.addingTimeInterval(-Self.lifetime)))])
        return try rows.map { row in
            Holder(server: try row.text("server"), keyIDs: try row.text("key_ids").split(separator: ",").compactMap { UInt32($0) },
                   sealingKey: UInt32(try row.int("sealing_key")), seenAt: Timestamp.date(try row.text("seen_at")) ?? now)
        }
    }

    /// Refuses, naming them, while running servers lack key `id`.
    func requireEveryServerHolds(_ id: UInt32, now: Date = Date()) async throws {
        let lacking = try await running(now: now).filter { !$0.keyIDs.contains(id) }
        guard lacking.isEmpty else {
            let names = lacking.map { "\($0.server) (holds \($0.keyIDs.map(String.init).joined(separator: ", ")))" }.joined(separator: "; ")
            throw StoreError.conflict("""
                key \(id) cannot become current while servers that cannot read it are running: \(names). Give them the keyring \
                with key \(id) and restart them (a stopped server is forgotten \(Int(Self.lifetime)) s after its last report)
                """)
        }
    }
}

extension SimpulStore {
    public var keyHolders: KeyHolders { KeyHolders(db: db) }
}
