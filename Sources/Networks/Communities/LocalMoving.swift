/// Leiden's fast local moving (Traag, Waltman & van Eck 2019, Alg. A.2): every node is offered
/// the neighbouring community that gains most; when a node moves, those of its neighbours
/// outside its new community are looked at again. Ends when no node wants to move.
struct LocalMoving {
    let graph: WeightedGraph
    /// γ′ (`Resolution.penalty`).
    let penalty: Double

    /// Moves nodes of `community` (ids < node count) in place; true when any node moved.
    func run(_ community: inout [Int32], random: inout SeededGenerator) -> Bool {
        let n = graph.nodeCount
        var total = [Double](repeating: 0, count: n)
        var size = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            total[Int(community[v])] += graph.strength[v]
            size[Int(community[v])] += 1
        }
        // Empty communities, lowest id on top, for a node better off alone.
        var empty = (0..<Int32(n)).reversed().filter { size[Int($0)] == 0 }
        var queue = random.permutation(n)
        var queued = [Bool](repeating: true, count: n)
        var head = 0, count = n
        var toCommunity = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var moved = false
        graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
            while count > 0 {
                let v = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                count -= 1
                queued[v] = false
                let from = Int(community[v])
                let k = graph.strength[v]
                for e in graph.offsets[v]..<graph.offsets[v + 1] {
                    let c = Int(community[Int(targets[e])])
                    if toCommunity[c] == 0 { touched.append(Int32(c)) }
                    toCommunity[c] += weights[e]
                }
                total[from] -= k
                size[from] -= 1
                // Staying wins ties; among the others the lowest id does.
                var best = from
                var bestGain = toCommunity[from] - penalty * k * total[from]
                for c32 in touched {
                    let c = Int(c32)
                    guard c != from else { continue }
                    let gain = toCommunity[c] - penalty * k * total[c]
                    if gain > bestGain || (gain == bestGain && c < best && best != from) { best = c; bestGain = gain }
                }
                if bestGain < 0, size[from] > 0, let alone = empty.last {
                    best = Int(alone)
                    empty.removeLast()
                }
                for c in touched { toCommunity[Int(c)] = 0 }
                touched.removeAll(keepingCapacity: true)
                total[best] += k
                size[best] += 1
                if size[from] == 0 && best != from { empty.append(Int32(from)) }
                guard best != from else { continue }
                community[v] = Int32(best)
                moved = true
                for e in graph.offsets[v]..<graph.offsets[v + 1] {
                    let u = Int(targets[e])
                    if !queued[u] && Int(community[u]) != best {
                        queued[u] = true
                        queue[(head + count) % n] = Int32(u)
                        count += 1
                    }
                }
            }
        }
        }
        return moved
    }
}
