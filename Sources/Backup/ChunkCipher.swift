import Crypto
import Foundation

/// Seals and opens the records of one backup file. Each file has keys of its own, derived (HKDF)
/// from the backup key and the file's random salt, so the record counter can serve as the nonce:
/// no two records under one key share a nonce, however many backups a key makes. The header, the
/// record's index and whether it is the closing record are authenticated with every record, so a
/// record moved, dropped, repeated or taken from another file fails its tag.
struct ChunkCipher {
    static let tagSize = 16
    /// The high bit of a record's length word marks the closing record.
    static let closingFlag: UInt32 = 1 << 31

    let header: [UInt8]
    private let key: SymmetricKey
    private let headerKey: SymmetricKey

    init(backupKey: BackupKey, header: BackupHeader) {
        self.header = header.bytes
        key = Self.derive(backupKey, header.salt, "simpul-backup-v1 records")
        headerKey = Self.derive(backupKey, header.salt, "simpul-backup-v1 header")
    }

    var headerMAC: [UInt8] { Array(HMAC<SHA256>.authenticationCode(for: header, using: headerKey)) }

    func headerIsAuthentic(_ mac: [UInt8]) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: header, using: headerKey)
    }

    /// The record as written: length word, ciphertext, tag.
    func seal(_ plaintext: Data, index: UInt64, closing: Bool) throws -> Data {
        let box = try AES.GCM.seal(plaintext, using: key, nonce: nonce(index), authenticating: aad(index, closing))
        let length = UInt32(plaintext.count) | (closing ? Self.closingFlag : 0)
        return Data(length.bigEndianBytes) + box.ciphertext + box.tag
    }

    /// The plaintext of record `index`, or nil when its tag does not match.
    func open(_ sealed: Data, index: UInt64, closing: Bool) -> Data? {
        guard sealed.count >= Self.tagSize,
              let box = try? AES.GCM.SealedBox(nonce: nonce(index), ciphertext: sealed.dropLast(Self.tagSize),
                                               tag: sealed.suffix(Self.tagSize)) else { return nil }
        return try? AES.GCM.open(box, using: key, authenticating: aad(index, closing))
    }

    private func nonce(_ index: UInt64) -> AES.GCM.Nonce {
        try! AES.GCM.Nonce(data: [0, 0, 0, 0] + index.bigEndianBytes)  // 12 bytes: always valid
    }

    private func aad(_ index: UInt64, _ closing: Bool) -> [UInt8] {
        header + index.bigEndianBytes + [closing ? 1 : 0]
    }

    private static func derive(_ backupKey: BackupKey, _ salt: [UInt8], _ info: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: backupKey.key, salt: salt, info: Data(info.utf8), outputByteCount: 32)
    }
}
