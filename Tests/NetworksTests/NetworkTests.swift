import Testing
@testable import Networks

/// Building a network, its components and the shortest chain between two nodes.
@Suite("Network")
struct NetworkTests {
    @Test("the same links in another order build the same network")
    func orderIndependent() {
        let pairs = [("b", "c"), ("a", "b"), ("d", "e"), ("c", "a"), ("b", "c")]
        let one = Fixtures.network(pairs), other = Fixtures.network(pairs.reversed().map { ($1, $0) })
        #expect(one.ids == ["a", "b", "c", "d", "e"])
        #expect(one.ids == other.ids)
        #expect(one.links == other.links)
        #expect(one.linkCount == 5 && one.edgeCount == 4)
        #expect(one.index(of: "d") == 3 && one.index(of: "zz") == nil)
    }

    @Test("repeated links between two nodes are one edge whose weight is their sum")
    func repeatedLinks() {
        var b = NetworkBuilder()
        b.link("phone:+6281100001111", "phone:+6281100002222", kind: .contacted, day: Day(year: 2024, month: 3, day: 1), weight: 1)
        b.link("phone:+6281100002222", "phone:+6281100001111", kind: .contacted, day: Day(year: 2024, month: 3, day: 8), weight: 2)
        b.link("phone:+6281100001111", "phone:+6281100001111")
        let n = b.build()
        #expect(n.linkCount == 2 && n.edgeCount == 1)
        #expect(n.adjacency.weights == [3, 3])
        #expect(n.kinds == [.phone, .phone])
    }

    @Test("components are numbered largest first")
    func components() {
        let n = Fixtures.network([("x1", "x2"), ("a", "b"), ("b", "c"), ("c", "d"), ("y1", "y2"), ("y2", "y3")])
        let parts = n.components()
        #expect(parts.sizes == [4, 3, 2])
        let of = { (id: String) in parts.componentOf[Int(n.index(of: id)!)] }
        #expect(of("a") == 0 && of("d") == 0)
        #expect(of("y1") == 1 && of("y3") == 1)
        #expect(of("x1") == 2 && of("x2") == 2)
    }

    @Test("the shortest chain between two nodes is returned node by node, the same every time")
    func shortestPath() {
        // Two chains of length 3 from a to e (through b or c); the lower ids win the tie.
        let n = Fixtures.network([("a", "c"), ("a", "b"), ("b", "d"), ("c", "d"), ("d", "e"), ("x", "y"), ("a", "f"), ("f", "g"), ("g", "e"), ("e", "h")])
        #expect(n.shortestPath(from: "a", to: "e") == ["a", "b", "d", "e"])
        #expect(n.shortestPath(from: "a", to: "h") == ["a", "b", "d", "e", "h"])
        #expect(n.shortestPath(from: "a", to: "a") == ["a"])
        #expect(n.shortestPath(from: "a", to: "x") == nil)
        #expect(n.shortestPath(from: "a", to: "nobody") == nil)
    }

    @Test("days are read as YYYY-MM-DD and only when they exist")
    func days() {
        #expect(Day(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "24-02-01") == nil)
        #expect(Day(iso: "1970-01-01")?.daysSince1970 == 0)
        #expect(Day(iso: "2000-03-01")?.daysSince1970 == 11_017)
        #expect(Day(daysSince1970: 11_017).description == "2000-03-01")
    }
}
