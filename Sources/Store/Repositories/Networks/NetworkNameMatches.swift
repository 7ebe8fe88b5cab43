import Cases
import Foundation
import Linkage
import Networks
import Security

extension NetworkRepository {
    /// Names in other cases that share words with this case's persons of interest, agencies and
    /// companies (spelling-folded, as keyed hashes: `network_name_keys`), and the pairs already
    /// decided on. A suggestion needs two shared words, or every word of a one-word name; a name
    /// sharing one word only is suggested when the person matcher's comparison finds every word
    /// of the two alike (`Linkage.NameAgreement`: a misspelling, a variant of a word).
    func nameSuggestions(caseID: String, mentions: [SQLRow], viewer: Viewer) async throws -> [NameSuggestion] {
        let named = try mentions.filter { try Self.isNamed($0) }
        guard !named.isEmpty else { return [] }
        var words: [String: Set<String>] = [:], types: [String: EntityType] = [:], offered: [NamePair] = [], toScore: [NamePair] = []
        var names: [String: String] = [:]
        for m in named {
            let id = try m.text("id"), type = EntityType(rawValue: try m.text("entity_type")) ?? .person
            names[id] = try open(m)
            let terms = Self.nameTerms(names[id] ?? "", type: type)
            words[id] = Set(terms); types[id] = type
            guard !terms.isEmpty else { continue }
            let keys = nameDigest.int64s(terms), kinds = type == .person ? ["person", "person"] : ["agency", "company"]
            let rows = try await db.query("""
                SELECT k.mention_id, COUNT(*) AS shared FROM network_name_keys k JOIN network_mentions o ON o.id = k.mention_id
                WHERE k.name_key IN (\(Self.placeholders(keys.count))) AND o.case_id <> ? AND o.entity_type IN (?, ?)
                GROUP BY k.mention_id ORDER BY COUNT(*) DESC, k.mention_id LIMIT 20
                """, keys.map { .int($0) } + [.text(caseID), .text(kinds[0]), .text(kinds[1])])
            for r in rows {
                let pair = NamePair(mine: id, other: try r.text("mention_id"))
                if (r.optionalInt("shared") ?? 0) >= min(2, terms.count) { offered.append(pair) } else { toScore.append(pair) }
            }
        }
        let decisions = try await nameDecisions(try named.map { try $0.text("id") })
        var pairs = offered
        if !toScore.isEmpty {
            let rows = try await db.query("SELECT * FROM network_mentions WHERE id IN (\(Self.placeholders(toScore.count)))", toScore.map { .text($0.other) })
            let byID = Dictionary(try rows.map { (try $0.text("id"), $0) }, uniquingKeysWith: { a, _ in a })
            for pair in toScore where !pairs.contains(pair) {
                guard let other = byID[pair.other], let mine = names[pair.mine] else { continue }
                if NameAgreement(mine, try open(other)) >= .variant { pairs.append(pair) }
            }
        }
        for pair in decisions.keys.sorted(by: { ($0.mine, $0.other) < ($1.mine, $1.other) }) where !pairs.contains(pair) { pairs.append(pair) }
        let others = try await db.query("SELECT * FROM network_mentions WHERE id IN (\(Self.placeholders(max(1, pairs.count))))",
                                        pairs.isEmpty ? [.text("")] : pairs.map { .text($0.other) })
        let otherByID = Dictionary(try others.map { (try $0.text("id"), $0) }, uniquingKeysWith: { a, _ in a })
        let summaries = try await cases.summaries(caseIDs: Array(Set(try others.map { try $0.text("case_id") })))
        return try pairs.compactMap { pair -> NameSuggestion? in
            let mine = pair.mine, otherID = pair.other
            guard let o = otherByID[otherID], let s = summaries[try o.text("case_id")] else { return nil }
            let otherWords = Set(Self.nameTerms(try open(o), type: types[mine] ?? .person))
            let visible = AccessPolicy.maySeeCase(viewer, involvedAgencies: s.involvedAgencyIDs)
            let seesName = Self.maySeeValues(viewer, involved: s.involvedAgencyIDs)
            let mineWords = words[mine] ?? []
            return NameSuggestion(mentionID: mine, otherID: otherID, type: EntityType(rawValue: try o.text("entity_type")) ?? .person,
                                  allWords: !mineWords.isEmpty && (mineWords.isSubset(of: otherWords) || otherWords.isSubset(of: mineWords)),
                                  otherCaseID: visible ? s.id : nil, otherCaseNumber: visible ? s.number : nil,
                                  otherName: seesName ? try open(o) : nil, agencies: s.agencies, decision: decisions[pair])
        }
    }

    static func isNamed(_ r: SQLRow) throws -> Bool {
        let type = EntityType(rawValue: try r.text("entity_type"))
        return r.optionalText("person_id") == nil && type?.isNamed == true
    }

    /// Decisions on pairs that include these entities, keyed (this case's entity, the other).
    func nameDecisions(_ ids: [String]) async throws -> [NamePair: NameMatchDecision] {
        guard !ids.isEmpty else { return [:] }
        let set = Self.placeholders(ids.count), binds = ids.map { SQLValue.text($0) }
        let rows = try await db.query("SELECT * FROM network_name_links WHERE mention_a IN (\(set)) OR mention_b IN (\(set))", binds + binds)
        guard !rows.isEmpty else { return [:] }
        let linkIDs = try rows.map { try $0.text("id") }
        var history: [String: [NameMatchStep]] = [:]
        for r in try await db.query("SELECT * FROM network_name_link_history WHERE link_id IN (\(Self.placeholders(linkIDs.count))) ORDER BY version",
                                    linkIDs.map { .text($0) }) {
            let linkID = try r.text("link_id"), version = r.optionalInt("version") ?? 0
            history[linkID, default: []].append(NameMatchStep(
                version: version, action: NameMatchAction(rawValue: try r.text("action")) ?? .undo, agencyID: r.optionalText("agency_id"),
                note: try r.optionalText("note").map { try SealedText(cipher: cipher).open($0, context: Self.nameNoteContext(linkID, version)) },
                at: try r.text("at")))
        }
        var out: [NamePair: NameMatchDecision] = [:]
        for r in rows {
            let id = try r.text("id"), a = try r.text("mention_a"), b = try r.text("mention_b")
            let decision = NameMatchDecision(id: id, status: NameMatchStatus(rawValue: try r.text("status")) ?? .undone,
                                             version: r.optionalInt("version") ?? 0, history: history[id] ?? [])
            out[ids.contains(a) ? NamePair(mine: a, other: b) : NamePair(mine: b, other: a)] = decision
        }
        return out
    }

    /// Two entities, this case's first.
    struct NamePair: Hashable { let mine: String; let other: String }

    /// A decision's note is an officer's words about two names: sealed to its decision and version.
    static func nameNoteContext(_ linkID: String, _ version: Int) -> String { "network-name-note:\(linkID):\(version)" }
}
