import Testing
@testable import Linkage

/// Clusters never chain strangers and never exceed the cap.
@Suite("Clustering")
struct ClusteringTests {
    /// Thirty records that all look alike (one NIK, one name): far more than one person has.
    static let lookalikes = (0..<30).map {
        PersonRecord(recordID: "X\($0)", source: "POLRI", fullName: "AGUS SANTOSO", nik: "3204121508990003",
                     dob: "1999-08-15", sex: "L", pob: "BANDUNG", phone: "")
    } + Fixture.population(persons: 150).records

    @Test("no cluster exceeds the cap", arguments: [10, 4])
    func cap(limit: Int) {
        var configuration = LinkageConfiguration()
        configuration.maxClusterSize = limit
        let result = Linker(configuration: configuration).link(Self.lookalikes)
        var sizes: [String: Int] = [:]
        for c in result.clusters.values { sizes[c, default: 0] += 1 }
        #expect(sizes.values.max() == limit)
        #expect(result.largestCluster == limit)
        #expect(result.clusters.count == Self.lookalikes.count)
    }

    @Test("a strong contradiction between members stops a merge")
    func veto() {
        // 0–1 and 2–3 are strong links; 1–2 is a link too, but 0 and 3 contradict each other.
        let weights: [Set<Int>: (Double, Double)] = [
            [0, 1]: (20, 0), [2, 3]: (19, 0), [1, 2]: (5, 0), [0, 2]: (2, -1), [1, 3]: (2, -1), [0, 3]: (-20, -25),
        ]
        let clustering = Clustering(maxClusterSize: 10, vetoWeight: -10, averageFloor: 0) { i, j in
            weights[[i, j]].map { (total: $0.0, contradiction: $0.1, informative: true) } ?? (total: 0, contradiction: 0, informative: true)
        }
        let roots = clustering.cluster(count: 4, links: [(0, 1, 20), (2, 3, 19), (1, 2, 5)])
        #expect(roots[0] == roots[1])
        #expect(roots[2] == roots[3])
        #expect(roots[0] != roots[2])
    }

    @Test("a sparse record joins a person through the one member it can be compared with")
    func sparseRecord() {
        // 0–3 are one person's records; 4 (a phone and a name only) matches 0 by the phone and
        // has nothing but the name to compare with 1–3. Those pairs say nothing and must not
        // drag the average down; a pair that does compare and disagrees still counts.
        func clustering(informative: Bool) -> Clustering {
            Clustering(maxClusterSize: 10, vetoWeight: -10, averageFloor: 0.3) { i, j in
                if Set([i, j]) == [0, 4] { return (total: 12, contradiction: 0, informative: true) }
                if i == 4 || j == 4 { return (total: -20, contradiction: 0, informative: informative) }
                return (total: 20, contradiction: 0, informative: true)
            }
        }
        let links: [(Int32, Int32, Float)] = [(0, 1, 20), (1, 2, 20), (2, 3, 20), (0, 4, 12)]
        let joined = clustering(informative: false).cluster(count: 5, links: links)
        #expect(Set(joined).count == 1)
        let apart = clustering(informative: true).cluster(count: 5, links: links)
        #expect(apart[4] != apart[0])
    }

    @Test("a strong link merges even when mild disagreements pull the average under the floor")
    func strongLinkBeatsAverage() {
        // 0–3 are one person; 4 shares a phone with 0 (weight 12) but has another phone and a
        // year-only date against 1–3: informative, mildly negative pairs that bring the
        // average under the floor.
        func clustering(strong: Double, contradiction: Double = -3) -> Clustering {
            Clustering(maxClusterSize: 10, vetoWeight: -10, averageFloor: 0.3, strongLinkWeight: strong) { i, j in
                if Set([i, j]) == [0, 4] { return (total: 12, contradiction: 0, informative: true) }
                if i == 4 || j == 4 { return (total: -8, contradiction: contradiction, informative: true) }
                return (total: 20, contradiction: 0, informative: true)
            }
        }
        let links: [(Int32, Int32, Float)] = [(0, 1, 20), (1, 2, 20), (2, 3, 20), (0, 4, 12)]
        let joined = clustering(strong: 10).cluster(count: 5, links: links)
        #expect(Set(joined).count == 1)
        let apart = clustering(strong: .infinity).cluster(count: 5, links: links)
        #expect(apart[4] != apart[0])
        let weak = clustering(strong: 13).cluster(count: 5, links: links)
        #expect(weak[4] != weak[0])
        // A strong contradiction still vetoes the merge.
        let vetoed = clustering(strong: 10, contradiction: -15).cluster(count: 5, links: links)
        #expect(vetoed[4] != vetoed[0])
    }

    @Test("a contradiction does not veto a pair that is itself a strong match")
    func contradictionInStrongMatch() {
        // Same NIK, phone and date, but the name was mistyped beyond recognition and the sex
        // miscoded: the negative fields add up past the veto, the pair is still one person.
        let clustering = Clustering(maxClusterSize: 10, vetoWeight: -10, averageFloor: 0.3) { _, _ in
            (total: 30, contradiction: -12, informative: true)
        }
        let roots = clustering.cluster(count: 2, links: [(0, 1, 30)])
        #expect(roots[0] == roots[1])
    }

    @Test("links are taken strongest first")
    func strongestFirst() {
        // 1 links to both 0 and 2, but 0 and 2 cannot share a cluster: 1 joins the stronger.
        let clustering = Clustering(maxClusterSize: 10, vetoWeight: -10, averageFloor: 0) { i, j in
            Set([i, j]) == [0, 2] ? (total: -30, contradiction: -30, informative: true) : (total: 10, contradiction: 0, informative: true)
        }
        let roots = clustering.cluster(count: 3, links: [(1, 2, 8), (0, 1, 12)])
        #expect(roots[1] == roots[0])
        #expect(roots[1] != roots[2])
    }

    @Test("progress runs through the stages in order and ends done")
    func progress() {
        var seen: [LinkageProgress] = []
        _ = Linker().link(Fixture.population(persons: 60).records) { seen.append($0) }
        #expect(seen.first?.stage == .preparing)
        #expect(seen.last == LinkageProgress(stage: .done, fraction: 1))
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.fraction <= $1.fraction })
        let order = LinkageProgress.Stage.allCases
        #expect(seen.map { order.firstIndex(of: $0.stage)! } == seen.map { order.firstIndex(of: $0.stage)! }.sorted())
    }
}

/// Inputs at the edges.
@Suite("Linker edge cases")
struct LinkerEdgeCaseTests {
    @Test("no records, one record, two unrelated records")
    func tiny() {
        #expect(Linker().link([]).clusters.isEmpty)
        let one = Linker().link([PersonRecord(recordID: "A", fullName: "Budi")])
        #expect(one.clusters == ["A": "C1"])
        let two = Linker().link([PersonRecord(recordID: "A", fullName: "Budi"), PersonRecord(recordID: "B", fullName: "Ani")])
        #expect(two.clusters["A"] != two.clusters["B"])
        #expect(two.clusterCount == 2)
    }

    @Test("the same input links the same way twice")
    func deterministic() {
        let records = Fixture.population(persons: 120).records
        #expect(Linker().link(records).clusters == Linker().link(records).clusters)
    }
}
