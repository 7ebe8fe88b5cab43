import Cases
import Foundation
import Networks

extension NetworkRepository {
    /// Where each keyed entity is seen in cases other than `caseID`: how many cases, in which
    /// provinces, and the first few, each named only if the viewer may see it, else by the
    /// agencies to contact. Reads at most `SeenElsewhere.countLimit + 1` cases per key.
    public func seenElsewhere(of mentions: [(mentionID: String, key: Int64)], excluding caseID: String,
                              viewer: Viewer) async throws -> [String: SeenElsewhere] {
        let others = try await otherCases(of: Array(Set(mentions.map(\.key))), excluding: caseID, limit: SeenElsewhere.countLimit + 1)
        guard !others.isEmpty else { return [:] }
        let summaries = try await cases.summaries(caseIDs: Array(Set(others.values.joined())))
        var out: [String: SeenElsewhere] = [:]
        for (mentionID, key) in mentions {
            guard let ids = others[key], !ids.isEmpty else { continue }
            let found = ids.compactMap { summaries[$0] }.sorted { ($0.openedOn, $0.number) > ($1.openedOn, $1.number) }
            let counted = Array(found.prefix(SeenElsewhere.countLimit))
            out[mentionID] = SeenElsewhere(
                otherCases: counted.count, isHub: found.count > SeenElsewhere.countLimit,
                provinces: Array(Set(counted.map(\.provinceCode))).sorted(),
                cases: counted.prefix(SeenElsewhere.listed).map { s in
                    let visible = AccessPolicy.maySeeCase(viewer, involvedAgencies: s.involvedAgencyIDs)
                    return SeenElsewhere.OtherCase(caseID: visible ? s.id : nil, number: visible ? s.number : nil,
                                                   provinceCode: s.provinceCode, agencies: s.agencies)
                })
        }
        return out
    }

    /// A notice for an agency whose case now shares an identifier with the viewer's.
    struct LinkNotice: Sendable {
        let agency: Agency
        let notice: Notice
    }

    /// One notice per agency of each case an identifier now joins (hubs aside), naming the kind
    /// of identifier and the agency that recorded it; never the identifier itself, which mail
    /// would carry outside the store.
    func linkNotices(_ pending: [PendingMention], joining: [Int64: [String]], caseID: String, viewer: Viewer) async throws -> [LinkNotice] {
        var typesByCase: [String: [EntityType]] = [:]
        for p in pending {
            guard let key = p.matchKey, let others = joining[key], others.count <= Self.notifyLimit else { continue }
            for c in others where !(typesByCase[c]?.contains(p.type) ?? false) { typesByCase[c, default: []].append(p.type) }
        }
        guard !typesByCase.isEmpty else { return [] }
        let summaries = try await cases.summaries(caseIDs: Array(typesByCase.keys))
        let recorder = try await AgencyRepository(db: db, audit: audit).find(id: viewer.agencyID)?.name ?? viewer.agencyID
        var out: [LinkNotice] = []
        for (c, types) in typesByCase.sorted(by: { $0.key < $1.key }) {
            guard let s = summaries[c] else { continue }
            let id = types.map { $0.label.id.lowercased() }.joined(separator: ", "), en = types.map { $0.label.en.lowercased() }.joined(separator: ", ")
            for agency in s.agencies where agency.id != viewer.agencyID {
                out.append(LinkNotice(agency: agency, notice: Notice(agencyID: agency.id, caseID: c, recordID: nil, text: (
                    id: "Kasus Anda \(s.number) kini terhubung dengan kasus lain: \(id) yang tercatat di kasus Anda juga dicatat oleh \(recorder). "
                        + "Hubungi mereka; rinciannya di bagian Jaringan pada halaman kasus.",
                    en: "Your case \(s.number) is now linked to another case: a \(en) recorded in your case was also recorded by \(recorder). "
                        + "Contact them; the details are in the Network section of the case page."))))
            }
        }
        return out
    }
}
