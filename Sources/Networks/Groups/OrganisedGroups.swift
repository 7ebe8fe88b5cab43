/// Three or more persons of interest who appear together in two or more cases: a candidate
/// for the organised group (kelompok yang terorganisasi) of UU 21/2007 Pasal 16, which adds a
/// third to each member's penalty. The law defines such a group as three or more persons acting
/// together for a time; whether they were structured and acted with that aim is for the
/// investigator and the court. The domain only flags.
public struct OrganisedGroupCandidate: Sendable, Hashable {
    /// The persons, in index order.
    public let persons: [NodeIndex]
    /// Every case in which all of them appear, in index order (at least `minimumCases`).
    public let cases: [NodeIndex]
}

extension Network {
    /// Groups of at least `minimumPersons` persons who all appear in at least `minimumCases`
    /// cases. A person appears in a case when linked to the case node, or named by a link
    /// recorded in that case. Each group is as large as its cases allow (the persons the
    /// cases share), so a ring of five is one candidate, not ten triples. Largest groups by
    /// cases first, then by persons.
    public func organisedGroupCandidates(minimumPersons: Int = 3, minimumCases: Int = 2) -> [OrganisedGroupCandidate] {
        let personsOf = casePersons()
        var casesOf: [NodeIndex: [NodeIndex]] = [:]
        for (c, persons) in personsOf where persons.count >= minimumPersons {
            for p in persons { casesOf[p, default: []].append(c) }
        }
        for p in casesOf.keys { casesOf[p]!.sort() }
        // Every pair of cases sharing enough persons: their shared persons are a group (the
        // largest the two allow); the cases of a group are those that hold all of its persons.
        var groups = Set<[NodeIndex]>()
        var shared: [NodeIndex: Int] = [:]
        for a in personsOf.keys.sorted() {
            let persons = personsOf[a]!
            guard persons.count >= minimumPersons else { continue }
            shared.removeAll(keepingCapacity: true)
            for p in persons { for b in casesOf[p]! where b > a { shared[b, default: 0] += 1 } }
            for (b, count) in shared where count >= minimumPersons {
                let other = Set(personsOf[b]!)
                groups.insert(persons.filter { other.contains($0) })
            }
        }
        var out: [OrganisedGroupCandidate] = []
        for persons in groups {
            var cases = casesOf[persons[0]]!
            for p in persons.dropFirst() {
                let theirs = Set(casesOf[p]!)
                cases = cases.filter { theirs.contains($0) }
            }
            if cases.count >= minimumCases { out.append(OrganisedGroupCandidate(persons: persons, cases: cases)) }
        }
        return out.sorted { a, b in
            if a.cases.count != b.cases.count { return a.cases.count > b.cases.count }
            if a.persons.count != b.persons.count { return a.persons.count > b.persons.count }
            return a.persons.lexicographicallyPrecedes(b.persons)
        }
    }

    /// Persons of each case, sorted, each once.
    func casePersons() -> [NodeIndex: [NodeIndex]] {
        var sets: [NodeIndex: Set<NodeIndex>] = [:]
        for l in links {
            for (a, b) in [(l.source, l.target), (l.target, l.source)] where kinds[Int(a)] == .case && kinds[Int(b)] == .person {
                sets[a, default: []].insert(b)
            }
            if let c = l.caseNode {
                for p in [l.source, l.target] where kinds[Int(p)] == .person { sets[c, default: []].insert(p) }
            }
        }
        return sets.mapValues { $0.sorted() }
    }
}
