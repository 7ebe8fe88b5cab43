import Foundation

/// Stress majorization (Gansner, Koren & North 2004): places nodes so that their distances in
/// the drawing match their distances in the network (fewest links between them), which keeps a
/// broker between the groups it joins and a ring's members together. Starts from seeded random
/// places and runs a fixed number of steps, then scales into the box and separates any discs
/// that touch, so the same network always gives the same picture.
struct StressLayout {
    let options: LayoutOptions

    /// Positions for nodes 0..<n joined by `edges` (pairs of indices below n).
    func place(nodeCount n: Int, edges: [(Int, Int)]) throws(LayoutError) -> [(x: Double, y: Double)] {
        guard n <= options.maximumNodes else { throw .tooManyNodes(n, limit: options.maximumNodes) }
        let minimum = 2 * options.nodeRadius + options.gap
        let columns = Int(((options.width - 2 * options.nodeRadius) / minimum).rounded(.down)) + 1
        let rows = Int(((options.height - 2 * options.nodeRadius) / minimum).rounded(.down)) + 1
        guard columns * rows >= n, options.width > 2 * options.nodeRadius, options.height > 2 * options.nodeRadius else {
            throw .boxTooSmall(nodes: n, fits: max(0, columns) * max(0, rows))
        }
        guard n > 1 else { return n == 1 ? [(options.width / 2, options.height / 2)] : [] }
        let d = distances(n, edges)
        var p = majorize(d, n)
        fit(&p)
        separate(&p, minimum: minimum)
        if overlaps(p, minimum: minimum) { snapToGrid(&p, minimum: minimum, columns: columns, rows: rows) }
        return p
    }

    /// Fewest links between every two nodes; nodes in different parts are put one step beyond
    /// the farthest pair, so the parts sit side by side instead of flying apart.
    private func distances(_ n: Int, _ edges: [(Int, Int)]) -> [[Double]] {
        var neighbours = Array(repeating: [Int](), count: n)
        for (a, b) in edges where a != b { neighbours[a].append(b); neighbours[b].append(a) }
        var d = Array(repeating: [Double](repeating: .infinity, count: n), count: n)
        for s in 0..<n {
            d[s][s] = 0
            var queue = [s], head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                for u in neighbours[v] where d[s][u] == .infinity { d[s][u] = d[s][v] + 1; queue.append(u) }
            }
        }
        let far = (d.joined().filter { $0.isFinite }.max() ?? 1) + 1
        for i in 0..<n { for j in 0..<n where !d[i][j].isFinite { d[i][j] = far } }
        return d
    }

    /// The majorization steps, each moving every node at once from the last step's places
    /// (weights 1/d², so near neighbours count most).
    private func majorize(_ d: [[Double]], _ n: Int) -> [(x: Double, y: Double)] {
        var random = SeededGenerator(seed: options.seed)
        let spread = Double(n).squareRoot()
        var p = (0..<n).map { _ in (x: random.unit() * spread, y: random.unit() * spread) }
        for _ in 0..<options.iterations {
            var next = p
            for i in 0..<n {
                var sx = 0.0, sy = 0.0, sw = 0.0
                for j in 0..<n where j != i {
                    let w = 1 / (d[i][j] * d[i][j])
                    let dx = p[i].x - p[j].x, dy = p[i].y - p[j].y
                    let length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
                    sx += w * (p[j].x + d[i][j] * dx / length)
                    sy += w * (p[j].y + d[i][j] * dy / length)
                    sw += w
                }
                next[i] = (sx / sw, sy / sw)
            }
            p = next
        }
        return p
    }

    /// Scales uniformly (the picture keeps its shape) and centres it in the box, inside a
    /// margin of one radius.
    private func fit(_ p: inout [(x: Double, y: Double)]) {
        let r = options.nodeRadius
        let minX = p.map(\.x).min()!, maxX = p.map(\.x).max()!, minY = p.map(\.y).min()!, maxY = p.map(\.y).max()!
        let scale = min((options.width - 2 * r) / max(maxX - minX, 1e-9), (options.height - 2 * r) / max(maxY - minY, 1e-9))
        let offsetX = (options.width - (maxX - minX) * scale) / 2, offsetY = (options.height - (maxY - minY) * scale) / 2
        p = p.map { ((($0.x - minX) * scale) + offsetX, (($0.y - minY) * scale) + offsetY) }
    }

    /// Pushes apart, half each, every two discs closer than `minimum`, for a bounded number of
    /// rounds; nodes stay in the box. Coincident nodes part along a direction set by their indices.
    private func separate(_ p: inout [(x: Double, y: Double)], minimum: Double) {
        let r = options.nodeRadius
        for _ in 0..<200 {
            var moved = false
            for i in 0..<p.count {
                for j in (i + 1)..<p.count {
                    var dx = p[j].x - p[i].x, dy = p[j].y - p[i].y
                    var length = (dx * dx + dy * dy).squareRoot()
                    guard length < minimum else { continue }
                    if length < 1e-9 {
                        let angle = Double(i * 31 + j) * 2.399963 // the golden angle, spreading directions
                        dx = cos(angle); dy = sin(angle); length = 1
                    }
                    let push = (minimum - length) / 2 + 1e-6
                    let ux = dx / length, uy = dy / length
                    p[i] = (clamp(p[i].x - ux * push, r, options.width - r), clamp(p[i].y - uy * push, r, options.height - r))
                    p[j] = (clamp(p[j].x + ux * push, r, options.width - r), clamp(p[j].y + uy * push, r, options.height - r))
                    moved = true
                }
            }
            if !moved { return }
        }
    }

    private func overlaps(_ p: [(x: Double, y: Double)], minimum: Double) -> Bool {
        for i in 0..<p.count {
            for j in (i + 1)..<p.count where hypot(p[j].x - p[i].x, p[j].y - p[i].y) < minimum - 1e-9 { return true }
        }
        return false
    }

    /// The last resort when pushing cannot part a crowd against the box's edge: each node, in
    /// index order, takes the free grid point nearest its place. Grid points are `minimum`
    /// apart, and the box was checked to hold enough of them.
    private func snapToGrid(_ p: inout [(x: Double, y: Double)], minimum: Double, columns: Int, rows: Int) {
        let r = options.nodeRadius
        var taken = Set<Int>()
        for i in 0..<p.count {
            var best = -1, bestDistance = Double.infinity
            for cell in 0..<(columns * rows) where !taken.contains(cell) {
                let x = r + Double(cell % columns) * minimum, y = r + Double(cell / columns) * minimum
                let dist = hypot(x - p[i].x, y - p[i].y)
                if dist < bestDistance { best = cell; bestDistance = dist }
            }
            taken.insert(best)
            p[i] = (r + Double(best % columns) * minimum, r + Double(best / columns) * minimum)
        }
    }

    private func clamp(_ v: Double, _ low: Double, _ high: Double) -> Double { min(max(v, low), high) }
}

extension Network {
    /// A drawing of `nodes` (at most `options.maximumNodes`, typically a community or a
    /// node's neighbourhood) and the links among them: x, y per node inside the box, no two
    /// nodes overlapping, the same every time for the same network and options.
    public func layout(_ nodes: [NodeIndex], options: LayoutOptions = LayoutOptions()) throws(LayoutError) -> [NodePosition] {
        let chosen = Array(Set(nodes)).sorted()
        var local = [NodeIndex: Int]()
        for (i, v) in chosen.enumerated() { local[v] = i }
        var edges: [(Int, Int)] = []
        for (i, v) in chosen.enumerated() {
            for u in neighbours(v) { if let j = local[u], j > i { edges.append((i, j)) } }
        }
        let places = try StressLayout(options: options).place(nodeCount: chosen.count, edges: edges)
        return zip(chosen, places).map { NodePosition(node: $0, x: $1.x, y: $1.y) }
    }
}
