import Foundation
import Security

/// What `simpul audit verify` found.
public struct AuditReport: Sendable {
    public var checked = 0
    public var problems: [String] = []
    public var isIntact: Bool { problems.isEmpty }
}

extension AuditLog {
    /// Walks the whole chain in pages and names every entry that was altered, removed or
    /// inserted, and a tail cut off after the last entry.
    public func verify(pageSize: Int = 5000) async throws -> AuditReport {
        var report = AuditReport()
        var expectedSeq: Int64 = 1
        var previous = AuditHash.genesis
        var after: Int64 = 0
        while true {
            let rows = try await db.query("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                                          [.int(after), .int(pageSize)])
            if rows.isEmpty { break }
            for row in rows {
                let e = try Self.entry(row)
                report.checked += 1
                if e.seq != expectedSeq {
                    let missing = e.seq - expectedSeq
                    report.problems.append(missing == 1
                        ? "entry \(expectedSeq) is missing (deleted)"
                        : "entries \(expectedSeq)–\(e.seq - 1) are missing (deleted)")
                }
                if e.prevHash != previous {
                    report.problems.append("entry \(e.seq) does not link to the entry before it (an entry before it was altered, deleted or inserted)")
                }
                let recomputed = AuditHash.compute(previous: e.prevHash, sequence: e.seq, at: e.at, actorUserID: e.actorUserID,
                                                   actorAgencyID: e.actorAgencyID, action: e.action, caseID: e.caseID,
                                                   personID: e.personID, detail: e.detail)
                if recomputed != e.hash {
                    report.problems.append("entry \(e.seq) was altered (its content no longer matches its hash)")
                }
                previous = e.hash
                expectedSeq = e.seq + 1
                after = e.seq
            }
        }
        if let head = try await db.query("SELECT seq, hash FROM audit_head WHERE id = 1", []).first {
            let headSeq = Int64(try head.int("seq"))
            if headSeq >= expectedSeq {
                report.problems.append(headSeq == expectedSeq
                    ? "entry \(headSeq), the last one written, is missing (deleted)"
                    : "entries \(expectedSeq)–\(headSeq), the last ones written, are missing (deleted)")
            } else if try head.text("hash") != previous {
                report.problems.append("the chain's head does not match its last entry \(expectedSeq - 1)")
            }
        } else {
            report.problems.append("the audit head row is missing")
        }
        return report
    }
}
