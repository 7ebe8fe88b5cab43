/// Groups matched pairs into persons without chaining strangers together.
///
/// Plain connected components join A–B–C…, so one false link between two common-name clusters
/// grows a giant cluster. Here links are taken strongest first, and two clusters merge only if
/// (1) the merged cluster stays within `maxClusterSize` records, and (2) no record of one
/// contradicts a record of the other strongly: the disagreeing fields of every cross pair
/// (a different NIK and a different birth date, a different father, another Balinese birth
/// order) must weigh less than `vetoWeight`. Only contradictions count here, not the lack of
/// agreement: two records of one person from different agencies often share no field at all.
/// This is greedy agglomeration under cannot-link constraints and a size cap.
struct Clustering {
    var maxClusterSize: Int
    /// A cross pair whose disagreements weigh less than this vetoes a merge.
    var vetoWeight: Double
    /// The average match probability over all cross pairs must reach this. Probabilities,
    /// not weights, are averaged: a pair that shares no field has a very negative weight (the
    /// prior) but means "unknown", and should not outvote a strong link.
    var averageFloor: Double
    /// A link at least this strong merges without the average.
    var strongLinkWeight = Double.infinity
    /// Total weight and the sum of its negative field weights (≤ 0) of any pair of records, and
    /// whether the two records share any field that identifies a person (`LinkageField.identifiesThePerson`).
    var pairWeights: (Int, Int) -> (total: Double, contradiction: Double, informative: Bool)

    /// `links` are (i, j, weight) with positive weight. Returns a cluster number per record.
    func cluster(count: Int, links: [(Int32, Int32, Float)]) -> [Int32] {
        var parent = Array(Int32(0)..<Int32(count))
        var members: [Int32: [Int32]] = [:]
        func root(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x { parent[Int(x)] = parent[Int(parent[Int(x)])]; x = parent[Int(x)] }
            return x
        }
        let ordered = links.sorted { $0.2 > $1.2 }
        for (i, j, linkWeight) in ordered {
            let ri = root(i), rj = root(j)
            if ri == rj { continue }
            let a = members[ri] ?? [ri], b = members[rj] ?? [rj]
            guard a.count + b.count <= maxClusterSize else { continue }
            // Every cross pair is checked, the linking pair too: a strong link (a shared phone
            // and birth date) does not outweigh a strong contradiction (another name and sex).
            // Two records that have nothing to compare but a name (one agency wrote only a
            // phone, the other only a NIK and a date) say nothing about each other: they are
            // left out of the average, or a sparse record could never join a well-known person.
            var sum = 0.0, counted = 0
            var vetoed = false
            for x in a where !vetoed {
                for y in b {
                    let w = pairWeights(Int(x), Int(y))
                    if w.contradiction < vetoWeight, w.total < 0 { vetoed = true; break }
                    guard w.informative || (x == i && y == j) || (x == j && y == i) else { continue }
                    sum += LinkageModel.probability(weight: w.total)
                    counted += 1
                }
            }
            if vetoed || (sum / Double(max(counted, 1)) < averageFloor && Double(linkWeight) < strongLinkWeight) { continue }
            let (big, small) = a.count >= b.count ? (ri, rj) : (rj, ri)
            parent[Int(small)] = big
            members[big] = a.count >= b.count ? a + b : b + a
            members[small] = nil
        }
        return (0..<count).map { root(Int32($0)) }
    }
}
