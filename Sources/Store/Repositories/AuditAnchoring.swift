import Foundation
import Security

extension AuditLog {
    /// Verifies the chain and, when it is intact, signs its last entry for someone outside to keep.
    public func anchor(at date: Date = Date()) async throws -> (report: AuditReport, anchor: AuditAnchor?) {
        let report = try await verify()
        guard report.isIntact else { return (report, nil) }
        let anchor = try signer.sign(seq: report.lastSeq, hash: report.lastHash, keyedFrom: report.keyedFrom,
                                     at: Timestamp.string(date))
        return (report, anchor)
    }

    /// The public key that checks this store's anchors.
    public var anchorPublicKey: String { signer.publicKey }

    /// What an anchor finds wrong with the chain as walked: `kept` holds the hashes of the
    /// anchored entries that are still there.
    func anchorProblems(_ a: AuditAnchor, report: AuditReport, kept: [Int64: String]) -> [String] {
        let which = "the anchor of entry \(a.seq) made at \(a.at)"
        guard a.publicKey == signer.publicKey else {
            return ["\(which) was signed by another key (\(a.publicKey)), not this store's (\(signer.publicKey)): refused"]
        }
        guard signer.signed(a) else { return ["\(which) has a bad signature (forged or altered): refused"] }
        var problems: [String] = []
        if a.seq > report.lastSeq {
            problems.append("the log ends at entry \(report.lastSeq), before entry \(a.seq) that \(which) vouches for (entries were cut off)")
        } else if let hash = kept[a.seq] {
            if hash != a.hash {
                problems.append("entry \(a.seq) no longer has the hash in \(which): the log was rewritten at or before entry \(a.seq)")
            }
        } else {
            problems.append("entry \(a.seq), which \(which) vouches for, is missing")
        }
        if a.keyedFrom != report.keyedFrom {
            problems.append("\(which) says the keyed chain begins at entry \(a.keyedFrom), the store now says \(report.keyedFrom) (that record was moved)")
        }
        return problems
    }
}
