/// How a sealed box names its key: a version byte and the key id (4 bytes, big-endian) before
/// AES-GCM's nonce, ciphertext and tag. Both are also authenticated with the box, so a box whose
/// key id was changed does not open. Boxes from before key ids have no header; they are told
/// apart by failing to open as headed boxes (their first byte is random nonce) and are read with
/// key 0.
enum SealedFormat {
    static let version: UInt8 = 0x02
    static let headerLength = 5
    /// Nonce (12) and tag (16) of AES-GCM.
    static let gcmOverhead = 28

    static func header(keyID: UInt32) -> [UInt8] {
        [version, UInt8(keyID >> 24), UInt8((keyID >> 16) & 0xFF), UInt8((keyID >> 8) & 0xFF), UInt8(keyID & 0xFF)]
    }

    /// The key id and the GCM part of a box that has a header; nil for an old box.
    static func split(_ sealed: [UInt8]) -> (keyID: UInt32, body: ArraySlice<UInt8>)? {
        guard sealed.count >= headerLength + gcmOverhead, sealed[0] == version else { return nil }
        let id = sealed[1...4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return (id, sealed[headerLength...])
    }
}
