/// The box a network is drawn in and how nodes are kept apart (`Network.layout`).
public struct LayoutOptions: Sendable, Hashable {
    public var width: Double
    public var height: Double
    /// Nodes are drawn as discs of this radius; no two discs overlap.
    public var nodeRadius: Double
    /// Clear space between two discs, at least.
    public var gap: Double
    /// Stress-majorization steps: fixed, so the time and the picture are the same every time.
    public var iterations: Int
    public var seed: UInt64
    /// More nodes than this are refused: past it a drawing is no longer read, only looked at.
    public var maximumNodes: Int

    public init(width: Double = 960, height: Double = 640, nodeRadius: Double = 10, gap: Double = 4,
                iterations: Int = 300, seed: UInt64 = 2007, maximumNodes: Int = 500) {
        self.width = width
        self.height = height
        self.nodeRadius = nodeRadius
        self.gap = gap
        self.iterations = iterations
        self.seed = seed
        self.maximumNodes = maximumNodes
    }
}

/// Why a network cannot be laid out as asked.
public enum LayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    case tooManyNodes(Int, limit: Int)
    /// The box cannot hold this many discs apart: make it larger or the radius smaller.
    case boxTooSmall(nodes: Int, fits: Int)
    case unknownNode(String)

    public var description: String {
        switch self {
        case .tooManyNodes(let n, let l): "\(n) nodes is more than a drawing can show (\(l)); draw a community or a node's neighbourhood"
        case .boxTooSmall(let n, let f): "the box holds \(f) nodes apart, not \(n): enlarge it or make the nodes smaller"
        case .unknownNode(let id): "no node '\(id)' in the network"
        }
    }
}

/// A node's place in the drawing, in the box's units from its top-left corner.
public struct NodePosition: Sendable, Hashable {
    public let node: NodeIndex
    public let x: Double
    public let y: Double
}
