import Testing
@testable import Networks

/// Leiden communities on networks whose communities are known.
@Suite("Communities")
struct CommunityTests {
    @Test("two cliques joined by one link are two communities")
    func twoCliques() {
        let left = (1...6).map { "a\($0)" }, right = (1...6).map { "b\($0)" }
        let n = Fixtures.network(Fixtures.clique(left) + Fixtures.clique(right) + [("a1", "b1")])
        let found = n.communities()
        #expect(found.count == 2)
        #expect(found.sizes == [6, 6])
        let of = { (id: String) in found.communityOf[Int(n.index(of: id)!)] }
        #expect(Set(left.map(of)).count == 1 && Set(right.map(of)).count == 1 && of("a1") != of("b1"))
        #expect(found.quality > 0.4)
    }

    @Test("a terminal that eighty unrelated cases name does not glue them together")
    func hubDoesNotGlue() {
        let n = Fixtures.casesAroundHub(80, linksPerCase: 3)
        func casesWithTheTerminal(_ hubs: HubWeighting) -> Int {
            let found = n.communities(CommunityOptions(hubs: hubs))
            let terminal = found.communityOf[Int(n.index(of: "address:TERMINAL")!)]
            for c in 0..<80 { // each case stays whole
                #expect(Set(["case:\(c)", "person:\(c)", "phone:\(c)"].map { found.communityOf[Int(n.index(of: $0)!)] }).count == 1)
            }
            return (0..<80).filter { found.communityOf[Int(n.index(of: "case:\($0)")!)] == terminal }.count
        }
        // Counted in full, the terminal gathers unrelated cases around it; down-weighted, it
        // joins one case at most.
        #expect(casesWithTheTerminal(.none) > 3)
        #expect(casesWithTheTerminal(.inverse(fullWeightUpTo: 10)) <= 1)
        #expect(casesWithTheTerminal(.inverseLog) <= 1)
    }

    @Test("the hub factor keeps an entity of up to k cases whole and spreads a hub's weight thin")
    func hubFactor() {
        let rule = HubWeighting.inverse(fullWeightUpTo: 10)
        #expect(rule.factor(kind: .phone, caseCount: 8) == 1)
        #expect(rule.factor(kind: .address, caseCount: 2_000) == 0.005)
        #expect(rule.factor(kind: .case, caseCount: 2_000) == 1)
        #expect(HubWeighting.inverseLog.factor(kind: .phone, caseCount: 3) == 0.5)
        #expect(HubWeighting.none.factor(kind: .address, caseCount: 2_000) == 1)
        // The terminal above is named by all forty cases.
        let n = Fixtures.separateCases(40, hub: "address:TERMINAL")
        #expect(n.caseCounts()[Int(n.index(of: "address:TERMINAL")!)] == 40)
        #expect(n.caseCount(n.index(of: "address:TERMINAL")!) == 40)
    }

    @Test("the same seed gives the same communities, whatever order the links came in")
    func deterministic() {
        let pairs = Self.randomPairs(nodes: 300, links: 900, seed: 5)
        let one = Fixtures.network(pairs).communities(CommunityOptions(seed: 9))
        let again = Fixtures.network(pairs.reversed()).communities(CommunityOptions(seed: 9))
        #expect(one == again)
    }

    @Test("every community is connected (what the refinement guarantees)")
    func connected() {
        for seed in 1...5 {
            let n = Fixtures.network(Self.randomPairs(nodes: 400, links: 800, seed: UInt64(seed)))
            let found = n.communities(CommunityOptions(resolution: .modularity(2), seed: UInt64(seed)))
            for members in found.members() {
                let inside = Set(members)
                var reached: Set<NodeIndex> = [members[0]], stack = [members[0]]
                while let v = stack.popLast() {
                    for u in n.neighbours(v) where inside.contains(u) && reached.insert(u).inserted { stack.append(u) }
                }
                #expect(reached.count == members.count)
            }
        }
    }

    @Test("a higher resolution cuts finer; a size-independent one cuts a large network like a small one")
    func resolution() {
        let pairs = Self.randomPairs(nodes: 300, links: 900, seed: 3)
        let n = Fixtures.network(pairs)
        let coarse = n.communities(CommunityOptions(resolution: .modularity(0.5)))
        let fine = n.communities(CommunityOptions(resolution: .modularity(4)))
        #expect(fine.count > coarse.count)
        // Forty separate cases: joined by a single stray call each to the next, modularity at
        // γ = 1 merges neighbours (the resolution limit); γ′ per strength keeps them apart.
        var b = NetworkBuilder()
        for c in 0..<40 {
            let ids = ["case:\(c)", "person:\(c)", "phone:+62811000\(1000 + c)", "bank:014:100000\(1000 + c)"]
            for (x, y) in Fixtures.clique(ids) { b.link(x, y, weight: 3) }
            if c > 0 { b.link("phone:+62811000\(1000 + c)", "phone:+62811000\(999 + c)", kind: .contacted) }
        }
        let chain = b.build()
        #expect(chain.communities(CommunityOptions(resolution: .modularity(1))).count < 40)
        #expect(chain.communities(CommunityOptions(resolution: .perStrength(0.01))).count == 40)
    }

    static func randomPairs(nodes: Int, links: Int, seed: UInt64) -> [(String, String)] {
        var random = SeededGenerator(seed: seed)
        var pairs: [(String, String)] = []
        while pairs.count < links {
            let a = random.below(nodes), b = random.below(nodes)
            if a != b { pairs.append(("n\(a)", "n\(b)")) }
        }
        return pairs
    }
}
