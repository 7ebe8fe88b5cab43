import Networks

/// Realistic case networks with planted rings, for measuring what `Networks` finds.
///
/// Most cases stand alone: one to three persons of interest (sponsor, recruiter, transporter…)
/// with their phones, accounts, an e-wallet, a social-media account, an address, a vehicle,
/// and dated calls and transfers among these, repeated over weeks as call records are. Three
/// kinds of hub join unrelated cases as they do in real files: bus terminals and ports, shelters,
/// and big licensed agencies whose bank account appears in hundreds of cases; each case picks
/// them with Zipf-like popularity, so the busiest terminal is in thousands of cases. A small
/// share of calls go to a random phone of another case (a shared contact, a wrong number).
/// Planted rings are a core of three to six persons, each with a phone, and one or two
/// accounts, that recur across 3–15 cases, each of which names at least two of the core.
struct CaseNetworkGenerator {
    var entities: Int
    var links: Int
    var seed: UInt64 = 16
    /// Share of calls that go to a random phone of another case.
    var strayCallShare = 0.005

    struct Ring {
        var persons: [NodeIndex] = []
        var phones: [NodeIndex] = []
        var accounts: [NodeIndex] = []
        var core: [NodeIndex] { persons + phones + accounts }
        var cases: [NodeIndex] = []
        /// Core, cases and every entity only these cases name.
        var own: Set<NodeIndex> = []
    }

    struct Output {
        var network: Network
        var rings: [Ring]
        var caseCount: Int
        var hubCount: Int
    }

    func generate() -> Output {
        var random = SeededGenerator(seed: seed)
        var b = NetworkBuilder()
        b.reserve(nodes: entities + entities / 7, links: links)
        // About 7.2 entities of its own per case (persons, phones, accounts, …): cases = entities / 7.2.
        let caseCount = max(20, Int(Double(entities) / 7.2))
        // Calls per linked pair of phones, tuned so the total comes near `links`.
        let fixedLinksPerCase = 9.0 // case–entity and ownership links, on average
        let callsPerCase = max(1, Double(links) / Double(caseCount) - fixedLinksPerCase)

        // Hubs, with their popularity weights (Zipf, exponent 1).
        let terminals = (0..<30).map { b.node("t\($0)", kind: .address) }
        let shelters = (0..<50).map { b.node("s\($0)", kind: .address) }
        let agencies = (0..<20).map { b.node("a\($0)", kind: .agency) }
        let agencyAccounts = (0..<20).map { b.node("ab\($0)", kind: .bankAccount) }
        for i in 0..<20 { b.link(Link(source: agencies[i], target: agencyAccounts[i], kind: .owns)) }
        let zipf30 = ZipfPicker(count: 30), zipf50 = ZipfPicker(count: 50), zipf20 = ZipfPicker(count: 20)
        let hubs = Set(terminals + shelters + agencies + agencyAccounts)

        var serial = 0
        func fresh(_ prefix: String, _ kind: NodeKind) -> NodeIndex {
            serial += 1
            return b.node(prefix + String(serial, radix: 36), kind: kind)
        }
        var day: Day { Day(daysSince1970: Int32(18_000 + random.below(2_000))) }

        // Rings first: each takes its cases from the front of a shuffled case list.
        let caseOrder = random.permutation(caseCount)
        let caseNodes = (0..<caseCount).map { b.node("c" + String($0, radix: 36), kind: .case) }
        var rings: [Ring] = []
        var ringOfCase = [Int32](repeating: -1, count: caseCount)
        var taken = 0
        let ringTarget = caseCount / 100
        while rings.count < ringTarget, taken + 15 <= caseCount {
            var ring = Ring()
            let persons = (0..<(3 + random.below(4))).map { _ in fresh("p", .person) }
            let phones = persons.map { p -> NodeIndex in
                let ph = fresh("ph", .phone)
                b.link(Link(source: p, target: ph, kind: .owns))
                return ph
            }
            let accounts = (0..<(1 + random.below(2))).map { _ in fresh("ba", .bankAccount) }
            b.link(Link(source: persons[0], target: accounts[0], kind: .owns))
            ring.persons = persons; ring.phones = phones; ring.accounts = accounts
            let span = 3 + random.below(13)
            for _ in 0..<span {
                let c = Int(caseOrder[taken]); taken += 1
                ringOfCase[c] = Int32(rings.count)
                ring.cases.append(caseNodes[c])
            }
            rings.append(ring)
        }

        var phonesSoFar: [NodeIndex] = []
        var hubCases = 0
        for c in 0..<caseCount {
            let caseNode = caseNodes[c]
            var caseEntities: [NodeIndex] = []
            var casePhones: [NodeIndex] = []
            var caseAccounts: [NodeIndex] = []
            func attach(_ e: NodeIndex, _ kind: LinkKind) {
                b.link(Link(source: caseNode, target: e, kind: kind, day: day, caseNode: caseNode))
                caseEntities.append(e)
            }
            // Local persons and their identifiers.
            let roles: [PersonRole] = [.sponsor, .recruiter, .transporter, .guard, .employer]
            for _ in 0..<(1 + random.below(3)) {
                let p = fresh("p", .person)
                attach(p, .role(roles[random.below(roles.count)]))
                let ph = fresh("ph", .phone)
                attach(ph, .uses)
                b.link(Link(source: p, target: ph, kind: .owns, caseNode: caseNode))
                casePhones.append(ph)
            }
            if random.unit() < 0.6 { attach(fresh("ph", .phone), .uses); casePhones.append(caseEntities.last!) }
            for _ in 0..<random.below(3) { attach(fresh("ba", .bankAccount), .uses); caseAccounts.append(caseEntities.last!) }
            if random.unit() < 0.4 { attach(fresh("ew", .eWallet), .uses); caseAccounts.append(caseEntities.last!) }
            if random.unit() < 0.5 { attach(fresh("sm", .socialAccount), .uses) }
            if random.unit() < 0.5 { attach(fresh("ad", .address), .uses) }
            if random.unit() < 0.2 { attach(fresh("v", .vehicle), .uses) }
            // A ring case names at least two of the core, with their phones, and the ring's account.
            if ringOfCase[c] >= 0 {
                let ring = rings[Int(ringOfCase[c])]
                let size = ring.persons.count
                let named = 2 + random.below(size - 1)
                var order = Array(0..<size)
                for i in 0..<named { order.swapAt(i, i + random.below(size - i)) }
                for i in order.prefix(named) {
                    attach(ring.persons[i], .role(i == 0 ? .recruiter : .sponsor))
                    attach(ring.phones[i], .uses)
                    casePhones.append(ring.phones[i])
                }
                let account = ring.accounts[random.below(ring.accounts.count)]
                attach(account, .uses)
                caseAccounts.append(account)
            }
            // Hubs.
            var usedHub = false
            if random.unit() < 0.5 { attach(terminals[zipf30.pick(&random)], .uses); usedHub = true }
            if random.unit() < 0.2 { attach(shelters[zipf50.pick(&random)], .uses); usedHub = true }
            if random.unit() < 0.1 {
                let a = zipf20.pick(&random)
                attach(agencies[a], .placed); attach(agencyAccounts[a], .uses); usedHub = true
            }
            if usedHub { hubCases += 1 }
            // Calls among the case's phones, repeated on different days; a few stray ones.
            let calls = Int(callsPerCase * (0.5 + random.unit()))
            let contacts = casePhones + caseAccounts
            var made = 0
            while made < calls, contacts.count > 1 {
                let a = contacts[random.below(contacts.count)]
                if random.unit() < strayCallShare, !phonesSoFar.isEmpty {
                    let stray = phonesSoFar[random.below(phonesSoFar.count)]
                    if stray != a { b.link(Link(source: a, target: stray, kind: .contacted, day: day)); made += 1 }
                    continue
                }
                let other = contacts[random.below(contacts.count)]
                guard other != a else { continue }
                let money = b.kind(a) != .phone && b.kind(other) != .phone
                b.link(Link(source: a, target: other, kind: money ? .transferred : .contacted, day: day, caseNode: caseNode))
                made += 1
            }
            phonesSoFar += casePhones.prefix(1)
            if ringOfCase[c] >= 0 {
                rings[Int(ringOfCase[c])].own.formUnion(caseEntities.filter { !hubs.contains($0) })
            }
        }
        // The builder renumbers nodes by id: carry the ground truth across by id.
        let ids = rings.map { r in (r.persons + r.phones + r.accounts + r.cases + Array(r.own)).map { b.id($0) } }
        let network = b.build()
        let truth = zip(rings, ids).map { r, ids in
            let renumbered = ids.map { network.index(of: $0)! }
            var p = renumbered[...]
            func take(_ n: Int) -> [NodeIndex] { defer { p = p.dropFirst(n) }; return Array(p.prefix(n)) }
            var ring = Ring()
            ring.persons = take(r.persons.count); ring.phones = take(r.phones.count); ring.accounts = take(r.accounts.count)
            ring.cases = take(r.cases.count)
            ring.own = Set(p).union(ring.cases)
            return ring
        }
        return Output(network: network, rings: truth, caseCount: caseCount, hubCount: hubs.count)
    }
}

/// Picks 0..<count with probability ∝ 1/(rank+1).
struct ZipfPicker {
    let cumulative: [Double]
    init(count: Int) {
        var c: [Double] = []
        var s = 0.0
        for i in 0..<count { s += 1 / Double(i + 1); c.append(s) }
        cumulative = c.map { $0 / s }
    }
    func pick(_ random: inout SeededGenerator) -> Int {
        let u = random.unit()
        return cumulative.firstIndex { u < $0 } ?? cumulative.count - 1
    }
}
