import Testing
@testable import Networks

/// Candidates for an organised group (UU 21/2007 Pasal 16): three or more persons of interest
/// together in two or more cases.
@Suite("Organised groups")
struct OrganisedGroupTests {
    static func network(_ cases: [String: [String]]) -> Network {
        var b = NetworkBuilder()
        for (c, persons) in cases {
            for p in persons { b.link("case:\(c)", "person:\(p)", kind: .role(.recruiter)) }
        }
        return b.build()
    }

    func names(_ n: Network, _ g: OrganisedGroupCandidate) -> ([String], [String]) {
        (g.persons.map { n.ids[Int($0)] }, g.cases.map { n.ids[Int($0)] })
    }

    @Test("three persons in two cases are flagged, with both cases")
    func flagged() {
        let n = Self.network(["1": ["ani", "budi", "citra", "dodi"], "2": ["ani", "budi", "citra"], "3": ["eka", "ani"]])
        let groups = n.organisedGroupCandidates()
        #expect(groups.count == 1)
        #expect(names(n, groups[0]).0 == ["person:ani", "person:budi", "person:citra"])
        #expect(names(n, groups[0]).1 == ["case:1", "case:2"])
    }

    @Test("three persons in one case, or two persons in many, are not")
    func notFlagged() {
        #expect(Self.network(["1": ["ani", "budi", "citra"], "2": ["ani", "budi"]]).organisedGroupCandidates().isEmpty)
        #expect(Self.network(["1": ["ani", "budi"], "2": ["ani", "budi"], "3": ["ani", "budi", "eka"]]).organisedGroupCandidates().isEmpty)
    }

    @Test("a ring of four across three cases is one group of four, and a third of them in a fourth case does not split it")
    func wholeGroup() {
        let n = Self.network(["1": ["ani", "budi", "citra", "dodi"], "2": ["ani", "budi", "citra", "dodi", "eka"],
                              "3": ["ani", "budi", "citra", "dodi"], "4": ["ani", "budi", "citra"]])
        let groups = n.organisedGroupCandidates()
        #expect(groups.count == 2)
        #expect(names(n, groups[0]).0 == ["person:ani", "person:budi", "person:citra"] && groups[0].cases.count == 4)
        #expect(names(n, groups[1]).0.count == 4 && groups[1].cases.count == 3)
        #expect(n.organisedGroupCandidates(minimumCases: 4).count == 1)
    }

    @Test("a person named by a link recorded in a case appears in that case")
    func throughRecordedLinks() {
        var b = NetworkBuilder()
        for c in ["1", "2"] {
            b.link("person:ani", "person:budi", kind: .contacted, inCase: "case:\(c)")
            b.link("person:citra", "phone:+6281234567890", kind: .owns, inCase: "case:\(c)")
        }
        let n = b.build()
        #expect(n.organisedGroupCandidates().first?.persons.count == 3)
    }
}
