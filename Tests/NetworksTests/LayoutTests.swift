import Testing
@testable import Networks

/// The server-side drawing: same input, same picture; no two nodes on top of each other.
@Suite("Layout")
struct LayoutTests {
    /// 200 nodes: a chain through all of them and 120 random links across it.
    static let network = Fixtures.network((0..<199).map { ("n\($0)", "n\($0 + 1)") } + CommunityTests.randomPairs(nodes: 200, links: 120, seed: 8))

    static func closest(_ p: [NodePosition]) -> Double {
        var best = Double.infinity
        for i in p.indices { for j in p.indices where j > i { best = min(best, ((p[i].x - p[j].x) * (p[i].x - p[j].x) + (p[i].y - p[j].y) * (p[i].y - p[j].y)).squareRoot()) } }
        return best
    }

    @Test("200 nodes: the same positions every time, inside the box, no two discs overlapping")
    func twoHundred() throws {
        let nodes = (0..<Self.network.nodeCount).map { NodeIndex($0) }
        let options = LayoutOptions()
        let one = try Self.network.layout(nodes, options: options)
        let again = try Self.network.layout(nodes.reversed(), options: options)
        #expect(one.count == 200)
        #expect(one == again)
        #expect(Self.closest(one) >= 2 * options.nodeRadius + options.gap - 1e-9)
        #expect(one.allSatisfy { $0.x >= options.nodeRadius && $0.x <= options.width - options.nodeRadius
            && $0.y >= options.nodeRadius && $0.y <= options.height - options.nodeRadius })
    }

    @Test("linked nodes are drawn nearer than unlinked ones")
    func readable() throws {
        let n = Fixtures.network(Fixtures.clique(["a1", "a2", "a3", "a4"]) + Fixtures.clique(["b1", "b2", "b3", "b4"]) + [("a1", "b1")])
        let p = try n.layout((0..<NodeIndex(n.nodeCount)).map { $0 })
        func distance(_ a: String, _ b: String) -> Double {
            let i = p[Int(n.index(of: a)!)], j = p[Int(n.index(of: b)!)]
            return ((i.x - j.x) * (i.x - j.x) + (i.y - j.y) * (i.y - j.y)).squareRoot()
        }
        #expect(distance("a2", "a3") < distance("a2", "b3"))
        #expect(distance("a1", "b1") < distance("a4", "b4"))
    }

    @Test("a crowd in a small box is still parted, or refused when it cannot be")
    func crowded() throws {
        let nodes = (0..<NodeIndex(Self.network.nodeCount)).map { $0 }
        let tight = LayoutOptions(width: 400, height: 400, nodeRadius: 10, gap: 2)
        let p = try Self.network.layout(nodes, options: tight)
        #expect(Self.closest(p) >= 22 - 1e-9)
        #expect(throws: LayoutError.boxTooSmall(nodes: 200, fits: 100)) {
            try Self.network.layout(nodes, options: LayoutOptions(width: 240, height: 240, nodeRadius: 10, gap: 4))
        }
        #expect(throws: LayoutError.tooManyNodes(200, limit: 100)) {
            try Self.network.layout(nodes, options: LayoutOptions(maximumNodes: 100))
        }
    }
}
