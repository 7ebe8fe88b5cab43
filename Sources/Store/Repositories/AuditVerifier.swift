import Foundation
import Security

/// What `simpul audit verify` found.
public struct AuditReport: Sendable {
    public var checked = 0
    public var problems: [String] = []
    /// The last entry walked and its hash: what an anchor vouches for.
    public var lastSeq: Int64 = 0
    public var lastHash = AuditHash.genesis
    /// The first keyed entry (`audit_head.keyed_from`).
    public var keyedFrom: Int64 = 1
    public var isIntact: Bool { problems.isEmpty }
}

extension AuditLog {
    /// Walks the whole chain in pages and names every entry that was altered, removed or
    /// inserted, a tail cut off after the last entry, and — given anchors kept elsewhere — a
    /// tail rewritten even with the key.
    public func verify(anchors: [AuditAnchor] = [], pageSize: Int = 5000) async throws -> AuditReport {
        var report = AuditReport()
        report.keyedFrom = try await keyedStart(&report.problems)
        let anchored = Set(anchors.map(\.seq))
        var kept: [Int64: String] = [0: AuditHash.genesis]
        var expectedSeq: Int64 = 1
        var previous = AuditHash.genesis
        // The head is read first and the walk stops at it: entries that servers append while a
        // long log is walked are not part of this check, rather than "missing" from it.
        let head = try await db.query("SELECT seq, hash FROM audit_head WHERE id = 1", []).first
        let headSeq = try head.map { Int64(try $0.int("seq")) } ?? Int64.max
        while true {
            let rows = try await db.query("SELECT * FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                                          [.int(expectedSeq - 1), .int(Int(headSeq)), .int(pageSize)])
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
                if let problem = hashProblem(e, keyedFrom: report.keyedFrom) { report.problems.append(problem) }
                if anchored.contains(e.seq) { kept[e.seq] = e.hash }
                previous = e.hash
                expectedSeq = e.seq + 1
            }
        }
        report.lastSeq = expectedSeq - 1
        report.lastHash = previous
        if let head {
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
        report.problems += anchors.flatMap { anchorProblems($0, report: report, kept: kept) }
        return report
    }

    /// Entries from `keyedFrom` on must carry the keyed hash, those before it the plain one.
    /// Each mismatch says which hash the entry does carry, so a downgrade is named as such.
    func hashProblem(_ e: AuditEntry, keyedFrom: Int64) -> String? {
        let entry = e.serialised
        if e.seq >= keyedFrom {
            if e.hash == key.hash(entry) { return nil }
            if e.hash == AuditHash.compute(entry) {
                return "entry \(e.seq) has an unkeyed hash, but the chain is keyed from entry \(keyedFrom) on (rewritten without the key)"
            }
        } else {
            if e.hash == AuditHash.compute(entry) { return nil }
            if e.hash == key.hash(entry) {
                return "entry \(e.seq) is keyed, but the keyed chain is recorded to begin only at entry \(keyedFrom) (that record was moved)"
            }
        }
        return "entry \(e.seq) was altered (its content no longer matches its hash)"
    }
}
