import Testing
@testable import Networks

/// A node's neighbours, about twenty at a time, in an order that does not shift.
@Suite("Neighbour pages")
struct NeighbourPageTests {
    /// A recruiter's phone that called 45 other phones, some of them more than once.
    static func network(extra: [String] = []) -> Network {
        var b = NetworkBuilder()
        for i in (0..<45).reversed() {
            let other = "phone:+62812000\(String(1000 + i))"
            b.link("phone:+6281111111111", other, kind: .contacted, day: Day(year: 2024, month: 1, day: 1 + i % 28))
            if i % 10 == 0 { b.link(other, "phone:+6281111111111", kind: .contacted, day: Day(year: 2024, month: 6, day: 1)) }
        }
        for id in extra { b.link("phone:+6281111111111", id) }
        return b.build()
    }

    @Test("pages of 20 follow id order and end with no next page")
    func pages() {
        let n = Self.network()
        let node = n.index(of: "phone:+6281111111111")!
        let first = n.neighbourPage(of: node)
        #expect(first.neighbours.count == 20 && first.total == 45)
        #expect(first.neighbours.map(\.id) == first.neighbours.map(\.id).sorted())
        #expect(first.neighbours[0].id == "phone:+628120001000")
        #expect(first.neighbours[0].linkCount == 2)
        #expect(first.neighbours[0].firstDay == Day(year: 2024, month: 1, day: 1) && first.neighbours[0].lastDay == Day(year: 2024, month: 6, day: 1))
        #expect(first.neighbours[0].linkKinds == [.contacted])
        let second = n.neighbourPage(of: node, after: first.nextAfter)
        let third = n.neighbourPage(of: node, after: second.nextAfter)
        #expect(second.neighbours.first?.id == "phone:+628120001020")
        #expect(third.neighbours.count == 5 && third.nextAfter == nil)
        let all = (first.neighbours + second.neighbours + third.neighbours).map(\.id)
        #expect(Set(all).count == 45)
    }

    @Test("a page asked for after an id stays where it was when a node is added before it")
    func stableAfterInsert() {
        let before = Self.network()
        let after = Self.network(extra: ["phone:+628120000999"])
        let a = before.neighbourPage(of: before.index(of: "phone:+6281111111111")!, after: "phone:+628120001019")
        let b = after.neighbourPage(of: after.index(of: "phone:+6281111111111")!, after: "phone:+628120001019")
        #expect(a.neighbours.map(\.id) == b.neighbours.map(\.id))
    }
}
