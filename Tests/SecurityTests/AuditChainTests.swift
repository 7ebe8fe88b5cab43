import Foundation
import Testing
@testable import Security

@Suite("Keyed audit chain and its anchors")
struct AuditChainTests {
    let cipher = try! FieldCipher(keyBytes: Array(repeating: 7, count: 32))
    let other = try! FieldCipher(keyBytes: Array(repeating: 8, count: 32))
    let entry = AuditHash.serialise(previous: AuditHash.genesis, sequence: 1, at: "2026-10-01T08:00:00.000Z", actorUserID: "u-1",
                                    actorAgencyID: "ag-a", action: "case.register", caseID: "c-1", personID: nil,
                                    detail: "TPPO-2026-000001")
    let hash = String(repeating: "ab", count: 32), at = "2026-10-01T08:00:00.000Z"

    @Test func theKeyedHashCannotBeMadeWithoutTheKey() {
        let keyed = AuditChainKey(cipher: cipher).hash(entry)
        #expect(keyed == AuditChainKey(cipher: cipher).hash(entry))
        #expect(keyed != AuditHash.compute(entry))
        #expect(keyed != AuditChainKey(cipher: other).hash(entry))
        #expect(AuditChainKey(cipher: cipher).seal(keyedFrom: 5) != AuditChainKey(cipher: cipher).seal(keyedFrom: 6))
    }

    @Test func anAnchorIsCheckedWithItsPublicKeyAlone() throws {
        // Set-up: an anchor, as an outside party receives it (one line).
        let signer = AnchorSigner(cipher: cipher)
        let line = try signer.sign(seq: 12, hash: hash, keyedFrom: 3, at: at).line

        // Under test: reading it back and checking the signature.
        let anchor = try AuditAnchor(line: line)

        #expect(!line.contains("\n"))
        #expect(anchor.isSignedByItsKey && signer.signed(anchor))
        #expect(anchor.publicKey == signer.publicKey && signer.publicKey == AnchorSigner(cipher: cipher).publicKey)
        #expect(!AnchorSigner(cipher: other).signed(anchor))
    }

    @Test func anAlteredOrForgedAnchorIsRefused() throws {
        let signer = AnchorSigner(cipher: cipher)
        let line = try signer.sign(seq: 12, hash: hash, keyedFrom: 3, at: at).line
        let moved = try AuditAnchor(line: line.replacingOccurrences(of: "\"seq\":12", with: "\"seq\":11"))
        #expect(!moved.isSignedByItsKey && !signer.signed(moved))

        // Signed by another key that claims to be this store's.
        let forged = try AnchorSigner(cipher: other).sign(seq: 12, hash: hash, keyedFrom: 3, at: at)
        let claimed = try AuditAnchor(line: forged.line.replacingOccurrences(of: forged.publicKey, with: signer.publicKey))
        #expect(!claimed.isSignedByItsKey && !signer.signed(claimed))

        #expect(throws: AnchorError.self) { try AuditAnchor(line: "{\"seq\":12}") }
        #expect(throws: AnchorError.self) { try AuditAnchor(line: line.replacingOccurrences(of: "\"v\":1", with: "\"v\":2")) }
    }
}
