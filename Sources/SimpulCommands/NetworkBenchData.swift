import Cases
import Foundation
import Networks
import Store

/// Generated case networks for `simpul network-bench`: cases of two agencies, each naming its own
/// phones, account, e-wallet, person and address, sharing a quarter of all identifiers with 1–3
/// other cases (typed in other forms: "0813…" and "+62 813 …"), some naming one of 20 hubs
/// (200 cases each), with calls among their numbers; and a ring of 25 cases chained by phones.
struct NetworkBenchData {
    let entities: Int
    private(set) var caseCount = 0, mentionCount = 0, linkCount = 0
    /// Stored identifiers to look up: an entity, its case, its keyed hash.
    private(set) var stored: [(mentionID: String, caseID: String, key: Int64)] = []
    private var random = SeededGenerator(seed: 16)

    init(entities: Int) { self.entities = entities }

    static func ringCase(_ i: Int) -> String { "bench-ring-\(i)" }
    static let provinces = ["53", "32", "35", "33", "61", "12", "21", "52"]
    static let names = ["Yohanes", "Maria", "Agus", "Siti", "Dedi", "Nur", "Frans", "Dewi", "Budi", "Rina", "Yosef", "Ani", "Hendra", "Tuti"]
    static let surnames = ["Bria", "Seran", "Nahak", "Santoso", "Lestari", "Wijaya", "Ndun", "Supriatna", "Gunawan", "Lumenta", "Tefa", "Manek"]

    /// Two benchmark agencies with an investigator each, made if missing.
    static func agencies(in store: SimpulStore) async throws -> [Viewer] {
        var out: [Viewer] = []
        for (id, province) in [("ag-bench-ntt", "53"), ("ag-bench-jabar", "32")] {
            if try await store.agencies.find(id: id) == nil {
                try await store.agencies.create(Agency(id: id, code: id.uppercased(), name: "Benchmark \(province)", kind: .police, provinceCode: province))
            }
            let username = "bench-" + id.dropFirst("ag-bench-".count)
            if let user = try await store.users.find(username: username) { out.append(user.viewer); continue }
            out.append(try await store.users.create(username: username, displayName: username, agencyID: id, role: .investigator,
                                                    email: nil, passwordHash: "-").viewer)
        }
        return out
    }

    mutating func load(into store: SimpulStore, agency: String, other: String) async throws {
        let cases = max(10, entities / 8)
        // A quarter of the entities are shared: each is named by 2-4 cases; 20 hubs by 200 cases each.
        var shared = Array(repeating: [Int](), count: cases), hubs = Array(repeating: [Int](), count: cases)
        for s in 0..<(entities / 4) { for _ in 0..<(2 + random.below(3)) { shared[random.below(cases)].append(s) } }
        for h in 0..<20 { for _ in 0..<200 { hubs[random.below(cases)].append(h) } }
        var own = 0
        for start in stride(from: 0, to: cases, by: 1_000) {
            var batch: [BulkCase] = [], rows: [BulkEntity] = [], links: [BulkEntityLink] = []
            for c in start..<min(start + 1_000, cases) {
                let id = "bench-\(c)", agencyID = c % 2 == 0 ? agency : other
                batch.append(Self.bulkCase(id: id, number: "BENCH-NET-\(c)", province: Self.provinces[c % Self.provinces.count], agencyID: agencyID))
                var values = ownValues(&own)
                for s in shared[c] { values.append((.phone, nil, s % 2 == 0 ? "0813\(zeroPadded(s, 8))" : "+62 813 \(zeroPadded(s, 8))")) }
                for h in hubs[c] { values.append((.address, nil, "Terminal Bench \(h), Jl. Raya \(h)")) }
                add(values, caseID: id, agencyID: agencyID, links: 28, into: &rows, &links)
            }
            try await write(batch, rows, links, to: store)
        }
        // The ring: each case shares a phone with the next, about 200 nodes in all.
        var batch: [BulkCase] = [], rows: [BulkEntity] = [], links: [BulkEntityLink] = []
        for k in 0..<25 {
            let agencyID = k % 2 == 0 ? agency : other
            batch.append(Self.bulkCase(id: Self.ringCase(k), number: "BENCH-RING-\(k)", province: Self.provinces[k % 8], agencyID: agencyID))
            var values = ownValues(&own)
            if k > 0 { values.append((.phone, nil, "0819\(zeroPadded(k - 1, 8))")) }
            if k < 24 { values.append((.phone, nil, "0819\(zeroPadded(k, 8))")) }
            add(values, caseID: Self.ringCase(k), agencyID: agencyID, links: 6, into: &rows, &links)
        }
        try await write(batch, rows, links, to: store)
        try await sample(from: store)
    }

    /// Six entities of a case's own: two phones, an account, an e-wallet, a person, an address.
    private mutating func ownValues(_ own: inout Int) -> [(EntityType, String?, String)] {
        own += 1
        let n = own
        return [(.phone, nil, "0812\(zeroPadded(2 * n, 8))"), (.phone, nil, "0812\(zeroPadded(2 * n + 1, 8))"),
                (.bankAccount, nil, "BRI \(zeroPadded(n, 12))"), (.eWallet, "ovo", "0857\(zeroPadded(n, 8))"),
                (.person, nil, "\(Self.names[random.below(Self.names.count)]) \(Self.surnames[random.below(Self.surnames.count)])"),
                (.address, nil, "Jl. Mawar \(n), Desa Bench")]
    }

    private mutating func add(_ values: [(EntityType, String?, String)], caseID: String, agencyID: String, links: Int,
                              into rows: inout [BulkEntity], _ linkRows: inout [BulkEntityLink]) {
        let ids = values.map { _ in UUID().uuidString.lowercased() }
        for (id, v) in zip(ids, values) {
            rows.append(BulkEntity(id: id, caseID: caseID, type: v.0, provider: v.1, role: v.0 == .person ? "recruiter" : nil, value: v.2, agencyID: agencyID))
        }
        let callers = zip(ids, values).filter { $0.1.0 == .phone || $0.1.0 == .bankAccount || $0.1.0 == .eWallet }.map(\.0)
        guard callers.count > 1 else { return }
        for _ in 0..<links {
            let a = random.below(callers.count), b = (a + 1 + random.below(callers.count - 1)) % callers.count
            linkRows.append(BulkEntityLink(caseID: caseID, source: callers[a], target: callers[b], kind: .contacted,
                                           day: Day(daysSince1970: Int32(20_089 + random.below(365))), count: 1 + random.below(3), agencyID: agencyID))
        }
    }

    private mutating func write(_ batch: [BulkCase], _ rows: [BulkEntity], _ links: [BulkEntityLink], to store: SimpulStore) async throws {
        try await store.cases.bulkInsert(batch, counters: [:], actor: nil, note: "network benchmark")
        try await store.networks.bulkInsert(entities: rows, links: links, note: "network benchmark")
        caseCount += batch.count; mentionCount += rows.count; linkCount += links.count
        if caseCount % 10_000 < 1_000 { print("\(caseCount) cases, \(mentionCount) mentions, \(linkCount) links") }
    }

    static func bulkCase(id: String, number: String, province: String, agencyID: String) -> BulkCase {
        let now = Timestamp.now()
        return BulkCase(record: CaseRecord(id: id, number: number, provinceCode: province, regency: "Kabupaten Bench", openedOn: "2026-01-01",
                                           incidentDate: nil, exploitationTypes: [.forcedLabour], status: .investigation, summary: "",
                                           createdAt: now, updatedAt: now),
                        agencyIDs: [agencyID], persons: [])
    }

    /// Identifiers to look up, read back from the store (entity ids are random, so their order is).
    mutating func sample(from store: SimpulStore) async throws {
        stored = try await store.db.query("SELECT id, case_id, match_key FROM network_mentions WHERE match_key IS NOT NULL ORDER BY id LIMIT 20000", [])
            .map { (try $0.text("id"), try $0.text("case_id"), $0["match_key"].int64 ?? 0) }
    }

    /// `n` of the stored identifiers, drawn at random.
    mutating func probes(_ n: Int) -> [(mentionID: String, caseID: String, key: Int64)] {
        (0..<n).map { _ in stored[random.below(stored.count)] }
    }
}
