import Foundation
import Testing
@testable import Security

@Suite("Keyed audit chain")
struct AuditChainTests {
    let cipher = try! FieldCipher(keyBytes: Array(repeating: 7, count: 32))
    let other = try! FieldCipher(keyBytes: Array(repeating: 8, count: 32))
    let entry = AuditHash.serialise(previous: AuditHash.genesis, sequence: 1, at: "2026-10-01T08:00:00.000Z", actorUserID: "u-1",
                                    actorAgencyID: "ag-a", action: "case.register", caseID: "c-1", personID: nil,
                                    detail: "TPPO-2026-000001")

    @Test func theKeyedHashCannotBeMadeWithoutTheKey() {
        let keyed = AuditChainKey(cipher: cipher).hash(entry)
        #expect(keyed == AuditChainKey(cipher: cipher).hash(entry))
        #expect(keyed != AuditHash.compute(entry))
        #expect(keyed != AuditChainKey(cipher: other).hash(entry))
        #expect(AuditChainKey(cipher: cipher).seal(keyedFrom: 5) != AuditChainKey(cipher: cipher).seal(keyedFrom: 6))
    }
}
