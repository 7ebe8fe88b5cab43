/// One page of a node's neighbours, in id order, each with what links it to the node.
public struct NeighbourPage: Sendable, Equatable {
    public struct Neighbour: Sendable, Equatable {
        public let id: String
        public let kind: NodeKind
        /// Kinds of the links between the two, each once, in a fixed order.
        public let linkKinds: [LinkKind]
        public let linkCount: Int
        public let firstDay: Day?
        public let lastDay: Day?
    }
    public let neighbours: [Neighbour]
    /// Pass as `after` for the next page; nil on the last page.
    public let nextAfter: String?
    /// All neighbours of the node.
    public let total: Int
}

extension Network {
    /// The neighbours of `node` whose id comes after `after` (nil: from the first), at most
    /// `limit` of them. Pages are keyed by the last id seen, not by a position, so a page does
    /// not shift when the network is rebuilt with a node added before it.
    public func neighbourPage(of node: NodeIndex, after: String? = nil, limit: Int = 20) -> NeighbourPage {
        let all = neighbours(node)
        // Neighbours are held in index order, which is id byte order: find the start by search.
        var low = all.startIndex, high = all.endIndex
        if let after {
            while low < high {
                let mid = (low + high) / 2
                if ids[Int(all[mid])].utf8.lexicographicallyPrecedes(after.utf8) || ids[Int(all[mid])] == after { low = mid + 1 } else { high = mid }
            }
        }
        let page = all[low..<min(low + max(1, limit), all.endIndex)]
        let pageSet = Set(page)
        var details: [NodeIndex: (kinds: Set<Int>, list: [LinkKind], count: Int, first: Day?, last: Day?)] = [:]
        for l in links(of: node) {
            let other = l.source == node ? l.target : l.source
            guard pageSet.contains(other) else { continue }
            var d = details[other] ?? ([], [], 0, nil, nil)
            if d.kinds.insert(l.kind.code).inserted { d.list.append(l.kind) }
            d.count += 1
            if let day = l.day {
                d.first = min(d.first ?? day, day)
                d.last = max(d.last ?? day, day)
            }
            details[other] = d
        }
        let rows = page.map { u in
            let d = details[u]!
            return NeighbourPage.Neighbour(id: ids[Int(u)], kind: kinds[Int(u)], linkKinds: d.list.sorted { $0.code < $1.code },
                                           linkCount: d.count, firstDay: d.first, lastDay: d.last)
        }
        let more = page.endIndex < all.endIndex
        return NeighbourPage(neighbours: rows, nextAfter: more ? rows.last?.id : nil, total: all.count)
    }
}
