import Testing
@testable import Networks

/// Brokers ranked by betweenness, exactly and by sampling.
@Suite("Betweenness")
struct BetweennessTests {
    @Test("the bridge between two groups ranks first, with the pairs it lies between")
    func bridge() {
        // Two groups of four, joined through "broker": it lies between 4 × 4 pairs; the two it
        // touches lie between 3 × 5 each.
        let left = ["a1", "a2", "a3", "a4"], right = ["b1", "b2", "b3", "b4"]
        let n = Fixtures.network(Fixtures.clique(left) + Fixtures.clique(right) + [("a4", "broker"), ("broker", "b1")])
        let result = n.betweenness()
        let score = { (id: String) in result.scores[Int(n.index(of: id)!)] }
        #expect(result.ranked(limit: 1).first?.node == n.index(of: "broker"))
        #expect(score("broker") == 16)
        #expect(score("a4") == 15 && score("b1") == 15)
        #expect(score("a1") == 0)
        #expect(result.estimated.isEmpty)
    }

    @Test("shares of a pair with several shortest chains are split")
    func splitPairs() {
        // A square: a–b–d and a–c–d are both shortest, so b and c each get half of (a, d).
        let n = Fixtures.network([("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")])
        let result = n.betweenness()
        #expect(result.scores == [0.5, 0.5, 0.5, 0.5])
    }

    @Test("a sampled estimate stays within its stated bound of the exact scores")
    func sampledWithinBound() {
        let n = Fixtures.network(CommunityTests.randomPairs(nodes: 400, links: 800, seed: 11))
        let exact = n.betweenness(BetweennessOptions(exactUpTo: 10_000))
        let sampled = n.betweenness(BetweennessOptions(exactUpTo: 50, samples: 100, seed: 3))
        #expect(exact.estimated.isEmpty)
        let bound = try! #require(sampled.estimated.first)
        #expect(bound.samples == 100)
        let worst = zip(exact.scores, sampled.scores).map { abs($0 - $1) }.max()!
        #expect(worst <= bound.absoluteError)
        // The clear brokers come out on top either way.
        let top = Set(exact.ranked(limit: 5).map(\.node)), topSampled = Set(sampled.ranked(limit: 10).map(\.node))
        #expect(top.intersection(topSampled).count >= 4)
        #expect(sampled.scores == n.betweenness(BetweennessOptions(exactUpTo: 50, samples: 100, seed: 3)).scores)
    }

    @Test("an entity named in more cases than the limit is left out, and the chain through it with it")
    func hubsLeftOut() {
        let n = Fixtures.separateCases(12, hub: "address:TERMINAL")
        let hub = n.index(of: "address:TERMINAL")!
        let with = n.betweenness(BetweennessOptions(hubCaseLimit: nil))
        let without = n.betweenness(BetweennessOptions(hubCaseLimit: 10))
        #expect(with.ranked(limit: 1).first?.node == hub)
        #expect(without.excludedHubs == [hub])
        #expect(without.scores[Int(hub)] == 0)
        #expect(without.scores.allSatisfy { $0 == 0 }) // each case's clique has no broker left
        #expect(n.degrees()[Int(hub)] == 12)
    }
}
