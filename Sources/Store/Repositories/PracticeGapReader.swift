import Coordination
import Foundation
import Practice

/// Reads the verdicts recorded in the justice tracks for the implementation gap: per verdict the
/// court (from its case number), the case's province, the articles and term, and what the case's
/// latest screening found. No person and no case id leaves the reader.
public struct PracticeGapReader: Sendable {
    let store: SimpulStore

    /// Every verdict as it stands: the final one where an appeal changed it, else the first-instance one.
    public func verdicts() async throws -> [RecordedVerdict] {
        // Only the cases that have a justice track: the rest have no verdict to count.
        let tracked = "SELECT case_id FROM coordination_records WHERE kind = ?", kind: [SQLValue] = [.text(JusticeTrack.kind)]
        var province: [String: String] = [:]
        for r in try await store.db.query("SELECT id, province_code FROM cases WHERE id IN (\(tracked))", kind) {
            province[try r.text("id")] = r.optionalText("province_code")
        }
        // Newest first: a case's latest screening is the one read, the older ones skipped.
        var foundOffence: [String: Bool] = [:]
        for r in try await store.db.query("""
            SELECT case_id, national_verdict, articles FROM case_screenings WHERE case_id IN (\(tracked)) ORDER BY created_at DESC, id DESC
            """, kind) {
            let caseID = try r.text("case_id")
            guard foundOffence[caseID] == nil else { continue }
            foundOffence[caseID] = RecordedVerdict.foundTraffickingOffence(
                nationalVerdict: try r.text("national_verdict"), articles: try r.text("articles").split(separator: "\n").map(String.init))
        }
        let rows = try await store.db.query("SELECT id, doc FROM coordination_records WHERE kind = ?", kind)
        return try rows.compactMap { row in
            let track = try store.coordination.decode(JusticeTrack.self, row)
            guard let v = track.finalVerdict ?? track.verdict else { return nil }
            return RecordedVerdict(court: RecordedVerdict.court(ofReference: v.courtReference), provinceCode: province[track.caseID],
                                   convicted: v.outcome == .convicted, articles: v.articles,
                                   sentenceMonths: v.outcome == .convicted ? v.sentenceMonths : nil,
                                   statuteFoundOffence: foundOffence[track.caseID])
        }
    }
}

extension PracticeGapReader {
    /// What the verdicts are read from, as it stands: it changes whenever a track, a case or a
    /// screening is written (tracks and screenings are never deleted), each read off an index.
    public struct ChangeToken: Sendable, Hashable {
        let coordination: String?
        let screenings: String?
        let cases: Int64?
    }

    public func changeToken() async throws -> ChangeToken {
        let r = try await store.db.queryFirst("""
            SELECT (SELECT MAX(updated_at) FROM coordination_records) AS a, (SELECT MAX(created_at) FROM case_screenings) AS b,
                   (SELECT value FROM change_counters WHERE name = 'cases') AS c
            """, [])
        return ChangeToken(coordination: r?.optionalText("a"), screenings: r?.optionalText("b"), cases: r?["c"].int64)
    }
}

extension SimpulStore {
    public var practiceGap: PracticeGapReader { PracticeGapReader(store: self) }
}
