import Cases
import Networks
import Store

/// The API's bodies for a case's entities: each entity as the caller may see it, where its
/// identifier is seen elsewhere (another case named only when the caller may see it, else its
/// agencies to contact), and the case's links.
struct EntityListJSON: Encodable {
    struct AgencyRef: Encodable { let id: String; let name: String }
    struct OtherCase: Encodable {
        let caseId: String?
        let caseNumber: String?
        let province: String
        let agencies: [AgencyRef]
    }
    struct Seen: Encodable {
        let otherCases: Int
        let hub: Bool
        let provinces: [String]
        let cases: [OtherCase]
    }
    struct Entity: Encodable {
        let entity: EntityMention
        let seenElsewhere: Seen
        /// How often public reports and job-offer checks named it; absent when never.
        var namedByPublic: PublicSightingCount? = nil
    }
    let caseId: String
    let valuesShown: Bool
    let entities: [Entity]
    let links: [EntityLink]
    let notified: [AgencyRef]?

    static func seen(_ s: SeenElsewhere) -> Seen {
        Seen(otherCases: s.otherCases, hub: s.isHub, provinces: s.provinces, cases: s.cases.map { c in
            OtherCase(caseId: c.caseID, caseNumber: c.number, province: c.provinceCode, agencies: c.agencies.map { AgencyRef(id: $0.id, name: $0.name) })
        })
    }

    init(_ e: CaseEntities) {
        caseId = e.caseID
        valuesShown = e.valuesShown
        entities = e.mentions.map { Entity(entity: $0, seenElsewhere: Self.seen(e.seen[$0.id] ?? .none), namedByPublic: e.namedByPublic[$0.id]) }
        links = e.links
        notified = nil
    }

    init(added a: EntityAdded, caseID: String) {
        caseId = caseID
        valuesShown = true
        entities = a.mentions.map { Entity(entity: $0, seenElsewhere: Self.seen(a.seen[$0.id] ?? .none)) }
        links = []
        notified = a.notified.map { AgencyRef(id: $0.id, name: $0.name) }
    }
}
