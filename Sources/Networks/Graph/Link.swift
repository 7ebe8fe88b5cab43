/// A node's position in a `Network`: nodes are numbered in the byte order of their ids, so
/// an index, and every tie broken by index, is the same whatever order the input came in.
public typealias NodeIndex = Int32

/// One recorded link: a typed, dated fact from one case file. Two nodes may be joined by many
/// links (a call every week); the algorithms see them as one edge whose weight is their sum.
public struct Link: Hashable, Sendable {
    public var source: NodeIndex
    public var target: NodeIndex
    public var kind: LinkKind
    public var day: Day?
    /// The case file the link was recorded in, when it is known.
    public var caseNode: NodeIndex?
    /// How much the link counts (1 unless the source says otherwise); always > 0.
    public var weight: Float

    public init(source: NodeIndex, target: NodeIndex, kind: LinkKind = .related, day: Day? = nil, caseNode: NodeIndex? = nil, weight: Float = 1) {
        self.source = source
        self.target = target
        self.kind = kind
        self.day = day
        self.caseNode = caseNode
        self.weight = weight
    }

    /// A total order (ends, day, case, kind, weight), so that equal input gives equal output
    /// whatever order it came in.
    static func precedes(_ a: Link, _ b: Link) -> Bool {
        if a.source != b.source { return a.source < b.source }
        if a.target != b.target { return a.target < b.target }
        let da = a.day?.daysSince1970 ?? .min, db = b.day?.daysSince1970 ?? .min
        if da != db { return da < db }
        let ca = a.caseNode ?? -1, cb = b.caseNode ?? -1
        if ca != cb { return ca < cb }
        if a.kind != b.kind { return a.kind.code < b.kind.code }
        return a.weight < b.weight
    }
}
