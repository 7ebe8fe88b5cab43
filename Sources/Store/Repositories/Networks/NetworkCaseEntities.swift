import Cases
import Foundation
import Networks

extension NetworkRepository {
    /// Links listed with a case's entities at most; an import of call records may hold
    /// thousands, which the network page shows as a graph and a timeline instead.
    public static let listedLinks = 200

    /// A case's entities and links as the viewer may see them, with where each identifier is
    /// seen in other cases and the names that may be the same. Audited as a view.
    public func entities(caseID: String, viewer: Viewer, now: Date = Date()) async throws -> CaseEntities {
        let involved = try await visibleCase(caseID, viewer: viewer)
        let show = Self.maySeeValues(viewer, involved: involved)
        let rows = try await db.query("SELECT * FROM network_mentions WHERE case_id = ? ORDER BY created_at, id", [.text(caseID)])
        let mentions = try rows.map { try mention($0, showValue: show) }
        let links = try await db.query("SELECT * FROM network_links WHERE case_id = ? ORDER BY day, created_at, id LIMIT ?",
                                       [.text(caseID), .int(Self.listedLinks)]).map(Self.link)
        let keyed = try rows.compactMap { r in try r["match_key"].int64.map { (try r.text("id"), $0) } }
        let seen = try await seenElsewhere(of: keyed, excluding: caseID, viewer: viewer)
        let named = try await publicSightings(of: rows)
        let suggestions = show ? try await nameSuggestions(caseID: caseID, mentions: rows, viewer: viewer) : []
        try await audit.record(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "network.entity.view", caseID: caseID,
                                          detail: "\(mentions.count) entities, values \(show ? "shown" : "withheld"), "
                                              + "\(seen.count) seen elsewhere, \(named.count) named by the public, \(suggestions.count) name suggestions"))
        return CaseEntities(caseID: caseID, mentions: mentions, links: links, seen: seen, suggestions: suggestions,
                            namedByPublic: named, valuesShown: show)
    }
}
