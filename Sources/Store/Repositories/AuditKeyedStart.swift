import Foundation
import Security

extension AuditLog {
    /// Where the keyed chain begins. Entry 1 needs no seal (nothing before it could be
    /// unkeyed); a later start was sealed with the key when migration 17 recorded it, so it
    /// cannot be moved past a tail rewritten without the key.
    func keyedStart(_ problems: inout [String]) async throws -> Int64 {
        guard let head = try await db.query("SELECT keyed_from, keyed_from_seal FROM audit_head WHERE id = 1", []).first else {
            return 1
        }
        guard let start = head["keyed_from"].int64 else {
            problems.append("the audit head no longer records where the keyed chain begins (keyed_from was emptied)")
            return 1
        }
        if start != 1, !Secrets.constantTimeEqual(head.optionalText("keyed_from_seal") ?? "", key.seal(keyedFrom: start)) {
            problems.append("the keyed chain is recorded to begin at entry \(start), but that record does not carry the key's seal (it was moved or its seal removed)")
        }
        return start
    }

    /// Seals the start of the keyed chain. Called only when migration 17 has just recorded it:
    /// sealing whatever start is found later would seal one an intruder moved.
    func sealKeyedStart() async throws {
        guard let start = try await db.query("SELECT keyed_from FROM audit_head WHERE id = 1", []).first?["keyed_from"].int64
        else { throw StoreError.corrupt("audit_head has no keyed_from") }
        try await db.execute("UPDATE audit_head SET keyed_from_seal = ? WHERE id = 1 AND keyed_from_seal IS NULL",
                             [.text(key.seal(keyedFrom: start))])
    }
}
