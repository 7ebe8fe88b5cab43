import Cases
import Demo
import Foundation
import Networks
import Store

/// The perpetrator-network side of the demo: what the police of a third of the cases recorded
/// (loaded in bulk), and one ring of three persons who recruited, moved and sponsored victims
/// together in cases of three provinces, entered and confirmed the same by the investigators as
/// they would by hand, so that the network page prompts UU 21/2007 Pasal 16.
extension DemoLoader {
    static func loadNetworks(_ networks: [DemoNetworkGenerator.CaseNetwork], into store: SimpulStore) async throws {
        for start in stride(from: 0, to: networks.count, by: 5_000) {
            var entities: [BulkEntity] = [], links: [BulkEntityLink] = []
            for n in networks[start..<min(start + 5_000, networks.count)] {
                entities += n.entities.map { BulkEntity(id: $0.id, caseID: n.caseID, type: $0.type, provider: $0.provider, role: $0.role,
                                                        value: $0.value, agencyID: n.agencyID) }
                links += n.links.map { BulkEntityLink(caseID: n.caseID, source: $0.source, target: $0.target, kind: $0.kind, day: $0.day,
                                                      agencyID: n.agencyID) }
            }
            try await store.networks.bulkInsert(entities: entities, links: links, note: "demo perpetrator networks")
        }
    }

    /// The ring's persons (names the generated cases never use, so each is suggested beside
    /// its namesakes alone), with their parts, and their shared phone as each police force wrote it.
    static let ring: [(name: String, role: String)] = [("Ferdinandus Lelang", "sponsor"), ("Marthen Tanono", "transporter"),
                                                        ("Yuliana Oematan", "recruiter")]
    static let ringPhone = ["0813-9921-4410", "+62 813 9921 4410", "6281399214410"]
    /// Where the ring worked: the investigators who recorded it, each in a case of their province.
    static let ringInvestigators = [("penyidik.ntt", "53"), ("penyidik", "35"), ("penyidik.jabar", "32")]

    static func plantRing(into store: SimpulStore) async throws {
        var places: [(viewer: Viewer, caseID: String)] = []
        for (username, province) in ringInvestigators {
            guard let viewer = try await store.users.find(username: username)?.viewer,
                  let c = try await store.cases.list(CaseFilter(provinceCode: province, pageSize: 1), viewer: viewer).cases.first else { return }
            places.append((viewer, c.id))
        }
        var mentions: [[String]] = []
        for (k, place) in places.enumerated() {
            var ids: [String] = []
            for person in ring {
                let draft = EntityDraft(type: EntityType.person.rawValue, value: person.name, role: person.role)
                ids.append(try await store.networks.add(try draft.validated(today: Date()), toCase: place.caseID, by: place.viewer).mentions[0].id)
            }
            let phone = EntityDraft(type: EntityType.phone.rawValue, value: ringPhone[k], heldBy: ids[0])
            _ = try await store.networks.add(try phone.validated(today: Date()), toCase: place.caseID, by: place.viewer)
            mentions.append(ids)
        }
        // The first investigator sees the names suggested beside the other two cases and confirms them.
        for other in mentions.dropFirst() {
            for (mine, theirs) in zip(mentions[0], other) {
                _ = try await store.networks.decideName(mentionID: mine, otherID: theirs, action: .confirm, expectedVersion: 0,
                                                        note: "Nama, peran dan nomor telepon sama", by: places[0].viewer)
            }
        }
    }
}
