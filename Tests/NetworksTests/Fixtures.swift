@testable import Networks

/// Small networks whose answers are known by hand.
enum Fixtures {
    /// A network from pairs of ids, links of kind `.related`.
    static func network(_ pairs: [(String, String)]) -> Network {
        var b = NetworkBuilder()
        for (a, c) in pairs { b.link(a, c) }
        return b.build()
    }

    /// Every pair of `ids` linked.
    static func clique(_ ids: [String]) -> [(String, String)] {
        ids.indices.flatMap { i in ids.indices.filter { $0 > i }.map { (ids[i], ids[$0]) } }
    }

    /// `count` cases, each with a person, a phone and an account that only it names, all
    /// linked among themselves; every case also names `hub` when given (a bus terminal).
    static func separateCases(_ count: Int, hub: String? = nil) -> Network {
        var b = NetworkBuilder()
        for c in 0..<count {
            let ids = ["case:\(c)", "person:\(c)", "phone:+62811000\(1000 + c)", "bank:014:100000\(1000 + c)"]
            for (x, y) in clique(ids) { b.link(x, y) }
            if let hub { b.link("case:\(c)", hub, kind: .uses) }
        }
        return b.build()
    }

    /// `count` cases, each a triangle of case, person and phone, each of which names a
    /// terminal `linksPerCase` times (the case, then its phone calling the terminal's line).
    static func casesAroundHub(_ count: Int, linksPerCase: Int) -> Network {
        var b = NetworkBuilder()
        for c in 0..<count {
            let ids = ["case:\(c)", "person:\(c)", "phone:\(c)"]
            for (x, y) in clique(ids) { b.link(x, y) }
            for k in 0..<linksPerCase { b.link(k == 0 ? ids[0] : ids[2], "address:TERMINAL", day: Day(daysSince1970: Int32(k))) }
        }
        return b.build()
    }
}
