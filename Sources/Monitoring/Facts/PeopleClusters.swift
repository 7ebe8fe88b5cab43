/// Person records grouped into people: two records a person confirmed as the same human being
/// are one person, and so, transitively, are chains of such links. Records with no link are a
/// person of their own. This is what lets Simpul count each victim once although three agencies
/// each hold a record of her.
public struct PeopleClusters: Sendable {
    private var parent: [String: String] = [:]

    public init(links: [(String, String)]) {
        for (a, b) in links { union(a, b) }
        // Flatten, so that `person(of:)` is a lookup.
        for key in Array(parent.keys) { parent[key] = root(key) }
    }

    /// The id that stands for the person a record belongs to.
    public func person(of recordID: String) -> String { parent[recordID] ?? recordID }

    private mutating func root(_ x: String) -> String {
        var r = x
        while let p = parent[r], p != r { r = p }
        var y = x
        while let p = parent[y], p != r { parent[y] = r; y = p }
        return r
    }

    private mutating func union(_ a: String, _ b: String) {
        if parent[a] == nil { parent[a] = a }
        if parent[b] == nil { parent[b] = b }
        let ra = root(a), rb = root(b)
        guard ra != rb else { return }
        // The smaller id wins, so the representative does not depend on the order of the links.
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
