import Cases
import Coordination
import Networks

/// Perpetrator-network entities for the demo's cases, as investigators record them: the
/// sponsor (calo) and the phone, e-wallet and bank account they used, the P3MI that placed a
/// victim abroad with its NIB and SIP3MI, the transit house where victims were held. Some of
/// them recur in later cases of other provinces, written another way ("0812-…" and "+62 812 …"),
/// a few times each, so that the national overview and the case network pages show networks
/// on a fresh install. A separate generator, so the rest of the demo stays as it was for a seed.
public struct DemoNetworkGenerator {
    public struct Entity: Sendable {
        /// Unique within the demo; the loader stores the entity under it.
        public let id: String
        public let type: EntityType
        public let provider: String?
        public let role: String?
        public let value: String
    }

    public struct Link: Sendable {
        public let source: String
        public let target: String
        public let kind: LinkKind
        public let day: Day?
    }

    /// What one case's police recorded.
    public struct CaseNetwork: Sendable {
        public let caseID: String
        public let agencyID: String
        public let entities: [Entity]
        public let links: [Link]
    }

    /// Share of cases whose file names network entities.
    static let caseShare = 0.35
    /// An identifier is named again by at most this many later cases, well under the store's
    /// hub limit, so each recurrence joins cases into a network rather than marking a hub.
    static let maximumUses = 4

    private var rng: SeededRandom
    private var recurring: [EntityType: [Recurring]] = [:]
    private var made = 0

    public init(seed: UInt64) { rng = SeededRandom(seed: seed &+ 0x1E7) }

    /// The entities the police of `c` recorded, nil for most cases (no network work yet).
    public mutating func network(for c: DemoCase) -> CaseNetwork? {
        guard rng.chance(Self.caseShare), let police = c.agencyIDs.first, let opened = CalendarDate(iso: c.record.openedOn) else { return nil }
        var entities: [Entity] = [], links: [Link] = []
        let day = Day(iso: opened.addingDays(-rng.int(7...120)).description)
        func add(_ type: EntityType, _ value: String, provider: String? = nil, role: String? = nil) -> String {
            made += 1
            let id = "network-demo-\(made)"
            entities.append(Entity(id: id, type: type, provider: provider, role: role, value: value))
            return id
        }
        let phone = pick(.phone) { DemoIdentifiers.phone(&$0) }
        let sponsor = add(.person, phone.owner ?? DemoNames.name(province: c.record.provinceCode, rng: &rng).0, role: "sponsor")
        links.append(Link(source: sponsor, target: add(.phone, DemoIdentifiers.written(phone: phone.value, &rng)), kind: .owns, day: day))
        if rng.chance(0.45) {
            let wallet = pick(.eWallet) { DemoIdentifiers.phone(&$0) }
            let id = add(.eWallet, DemoIdentifiers.written(phone: wallet.value, &rng), provider: rng.pick(EWallet.allCases).rawValue)
            links.append(Link(source: sponsor, target: id, kind: .owns, day: day))
        }
        if rng.chance(0.3) {
            let account = pick(.bankAccount) { DemoIdentifiers.account(&$0) }
            links.append(Link(source: sponsor, target: add(.bankAccount, account.value), kind: .owns, day: day))
        }
        if c.destination != "ID", rng.chance(0.5) {
            let p3mi = pick(.agency) { DemoIdentifiers.placementAgency(&$0) }
            let parts = p3mi.value.split(separator: "|").map(String.init)
            let agency = add(.agency, parts[0])
            for (type, value) in [(EntityType.businessNumber, parts[1]), (.agencyLicence, parts[2])] {
                links.append(Link(source: agency, target: add(type, value), kind: .owns, day: nil))
            }
            links.append(Link(source: sponsor, target: agency, kind: .related, day: day))
        }
        if rng.chance(0.15) {
            let house = pick(.address) { DemoIdentifiers.transitHouse(&$0) }
            links.append(Link(source: sponsor, target: add(.address, house.value, role: "transit"), kind: .uses, day: day))
        }
        return CaseNetwork(caseID: c.record.id, agencyID: police, entities: entities, links: links)
    }

    /// An identifier named before (two times in five, while it has uses left), or a new one,
    /// which later cases may name again. A sponsor's phone carries its owner's name, which the
    /// next case writes down too.
    private mutating func pick(_ type: EntityType, new: (inout SeededRandom) -> String) -> Recurring {
        var pool = recurring[type] ?? []
        if !pool.isEmpty, rng.chance(0.4) {
            let i = Int(rng.next() % UInt64(pool.count))
            pool[i].uses += 1
            let chosen = pool[i]
            if chosen.uses >= Self.maximumUses { pool.remove(at: i) }
            recurring[type] = pool
            return chosen
        }
        var fresh = Recurring(value: new(&rng), owner: nil, uses: 1)
        if type == .phone, rng.chance(0.6) { fresh.owner = DemoNames.name(province: rng.weighted(DemoRegions.provinces), rng: &rng).0 }
        // Only the last few dozen stay in use: a sponsor's number changes after a while.
        pool.append(fresh)
        if pool.count > 40 { pool.removeFirst() }
        recurring[type] = pool
        return fresh
    }

    struct Recurring {
        let value: String
        var owner: String?
        var uses: Int
    }
}
