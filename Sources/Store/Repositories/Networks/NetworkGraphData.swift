import Cases
import Networks

/// The part of the national network around one case, as read from the store: the cases joined
/// to it by shared identifiers, confirmed persons and confirmed names, their entities and links.
/// Entities are named by internal ids that say nothing of their values: `k:<keyed hash>` for an
/// identifier matched across cases, `m:<entity id>` for a name or a malformed identifier,
/// `p:<person id>` for a suspect of a case. Confirmed-same persons and names are one node.
public struct NetworkGraphData: Sendable {
    public struct CaseNode: Sendable {
        public let summary: CaseSummary
        /// The viewer may see this case.
        public let visible: Bool
    }

    public struct EntityNode: Sendable {
        public let id: String
        public let type: EntityType
        /// A person of interest's part, as first recorded.
        public let role: String?
        /// The value as typed in a case the viewer has a need to know on, else nil.
        public let value: String?
        /// In more cases than `hubLimit`: shown, but not followed to its other cases.
        public let isHub: Bool
        public let malformed: Bool
        /// How often public reports and job-offer checks named it, when they did.
        public internal(set) var namedByPublic: PublicSightingCount? = nil
    }

    /// A link between two nodes (case ids or entity ids) recorded in one case.
    public struct Edge: Sendable {
        public let a: String
        public let b: String
        public let kind: LinkKind
        public let day: Day?
        public let caseID: String
        public let count: Int
        public let amount: Int64?
    }

    public let anchor: String
    /// By case id.
    public let cases: [String: CaseNode]
    /// By entity id.
    public let entities: [String: EntityNode]
    public let edges: [Edge]
    /// More cases were joined than `maximumCases`: the rest were not followed.
    public let truncated: Bool
    /// How many entity values were read to label nodes (each audited with the view).
    public let valuesRead: Int
}

/// Nodes merged by confirmed decisions: the smallest id of each group stands for it.
struct NodeUnion {
    private var parent: [String: String] = [:]

    mutating func find(_ x: String) -> String {
        guard let p = parent[x], p != x else { return x }
        let root = find(p)
        parent[x] = root
        return root
    }

    mutating func join(_ a: String, _ b: String) {
        let (ra, rb) = (find(a), find(b))
        guard ra != rb else { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
