import Cases
import Foundation
import OpenData
import Security

/// The Ed25519 key releases are signed with (M027). Made on first use, or when an administrator
/// asks for it ahead of the first release; its seed is sealed under the store's data key (and
/// re-sealed by key rotation, `SealedColumn`), so a copy of the database cannot sign. Every server
/// reads the same key, so a release is signed alike whichever server publishes it.
extension OpenDataRepository {
    /// The one key in use; a second one would come with a rotation of the signing key.
    static let signingKeyID = 1

    /// The public key mirrors verify with, nil before the first key is made.
    public func signingPublicKey() async throws -> Data? {
        try await db.query("SELECT public_key FROM open_data_signing_keys WHERE id = ?", [.int(Self.signingKeyID)]).first
            .map { r in
                guard let key = Data(base64Encoded: try r.text("public_key")) else { throw StoreError.corrupt("open_data_signing_keys.public_key") }
                return key
            }
    }

    /// Makes the signing key unless there is one; answers its public key. Audited when made.
    @discardableResult
    public func makeSigningKey(by admin: Viewer) async throws -> Data {
        try await db.transaction { tx in try await Self.signer(in: tx, cipher: cipher, audit: audit, by: admin).publicKey }
    }

    /// The signing key, made and audited inside `tx` if there is none yet. Two servers making it
    /// at once both insert under the same id; the one that loses reads the winner's.
    static func signer(in tx: any SQLExecutor, cipher: FieldCipher, audit: AuditLog, by admin: Viewer) async throws -> ReleaseSigner {
        if let existing = try await storedSigner(in: tx, cipher: cipher) { return existing }
        let made = ReleaseSigner.generate()
        let sealed = try cipher.seal(made.seedToSeal, context: sealContext(signingKeyID))
        let inserted = try await tx.execute("""
            INSERT INTO open_data_signing_keys (id, public_key, sealed_seed, created_by, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """, [.int(signingKeyID), .text(made.publicKey.base64EncodedString()), .blob(sealed), .text(admin.userID), .text(Timestamp.now())])
        if inserted == 0, let winner = try await storedSigner(in: tx, cipher: cipher) { return winner }
        try await audit.openData("signing_key_made", "key=\(made.publicKey.base64EncodedString())", by: admin, in: tx)
        return made
    }

    static func storedSigner(in tx: any SQLExecutor, cipher: FieldCipher) async throws -> ReleaseSigner? {
        guard let row = try await tx.query("SELECT sealed_seed FROM open_data_signing_keys WHERE id = ?", [.int(signingKeyID)]).first else {
            return nil
        }
        let seed = try cipher.open(row.blob("sealed_seed") ?? [], context: sealContext(signingKeyID))
        guard let signer = ReleaseSigner(seed: seed) else { throw StoreError.corrupt("open_data_signing_keys.sealed_seed") }
        return signer
    }

    /// What the sealed seed is bound to, so it cannot be moved to another row or column.
    static func sealContext(_ id: Int) -> String { "release-signing-key:\(id)" }
}
