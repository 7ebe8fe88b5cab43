import Cases
import Networks
import Store

/// What the network page shows, computed from the store's `NetworkGraphData` for one viewer:
/// the graph itself (`network`, node ids are stable handles that say nothing of the node), how
/// each node is named to this viewer, the analyses and the parts of the page asked for.
struct NetworkPage {
    struct Node {
        let handle: String
        let kind: NodeKind
        /// How the node is named to the viewer: a case number or a value they may see, else a
        /// pseudonym ("Telepon #3").
        let label: (id: String, en: String)
        /// A case the viewer may open.
        let caseID: String?
        /// A case the viewer may not open: whom to contact, and its province.
        let contact: [Agency]
        let provinceCode: String?
        let role: Networks.PersonRole?
        let isHub: Bool
        let malformed: Bool
        /// How often public reports and job-offer checks named it (investigators' pages only).
        var namedByPublic: PublicSightingCount? = nil
    }

    struct Event {
        let day: Day
        let a: Int
        let kind: LinkKind
        let b: Int
        let count: Int
        let amount: Int64?
    }

    /// Where the page was opened from: a case (its id) or a sealed token (analysts).
    enum Scope { case caseID(String), token(String) }

    let scope: Scope
    let network: Network
    let nodes: [Node]
    let anchor: NodeIndex
    /// Every node shapes and pseudonyms only (an analyst).
    let pseudonymous: Bool
    let truncated: Bool
    let communities: Communities
    let resolution: Double
    let betweenness: Betweenness
    /// Entities by betweenness, highest first (cases are not brokers).
    let brokers: [(node: NodeIndex, score: Double)]
    let groups: [OrganisedGroupCandidate]
    /// The drawn nodes and their places; nil when the drawing failed (said on the page).
    let positions: [NodePosition]
    let path: [NodeIndex]?
    let pathTarget: NodeIndex?
    let focus: NodeIndex
    let neighbours: NeighbourPage
    let timeline: [Event]
    let timelineTotal: Int

    var caseCount: Int { nodes.filter { $0.kind == .case }.count }
    var visibleCaseCount: Int { nodes.filter { $0.caseID != nil }.count }

    func node(_ i: NodeIndex) -> Node { nodes[Int(i)] }

    /// The page's own address with these parameters.
    func route(_ query: [String: String]) -> SiteRoute {
        switch scope {
        case .caseID(let id): .caseNetwork(id, query: query)
        case .token(let t): .network(t, query: query)
        }
    }

    func export(_ format: NetworkExportFormat) -> SiteRoute {
        switch scope {
        case .caseID(let id): .caseNetworkExport(id, format: format)
        case .token(let t): .networkExport(t, format: format)
        }
    }
}
