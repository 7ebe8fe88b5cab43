import Foundation

/// Writes the output of `simpul network`: one row per node,
/// `node_id,component_id,community_id,degree,betweenness`, in node id order.
public enum NetworkCSV {
    public static let header = "node_id,component_id,community_id,degree,betweenness"

    /// The whole file as text. Betweenness is written with three decimals (it is a count of
    /// pairs, a fraction where several shortest chains share a pair).
    public static func text(_ network: Network, components: Components, communities: Communities, betweenness: Betweenness) -> String {
        var out = header + "\n"
        out.reserveCapacity(network.nodeCount * 48)
        for v in 0..<network.nodeCount {
            out += field(network.ids[v])
            out += ",\(components.componentOf[v]),\(communities.communityOf[v]),\(network.degree(NodeIndex(v))),"
            out += String(format: "%.3f", betweenness.scores[v])
            out += "\n"
        }
        return out
    }

    public static let labelledHeader = "node_id,label,kind,component_id,community_id,degree,betweenness"

    /// The same with each node's label and kind after its id, for people reading the file. A
    /// label that a spreadsheet would take for a formula (=, @, or + or - before anything but
    /// a number) is written with a ' in front, so that opening the file runs nothing.
    public static func labelledText(_ network: Network, labels: [String], components: Components, communities: Communities,
                                    betweenness: Betweenness) -> String {
        precondition(labels.count == network.nodeCount, "one label per node")
        var out = labelledHeader + "\n"
        for v in 0..<network.nodeCount {
            out += field(network.ids[v]) + "," + field(inert(labels[v])) + "," + network.kinds[v].rawValue
            out += ",\(components.componentOf[v]),\(communities.communityOf[v]),\(network.degree(NodeIndex(v))),"
            out += String(format: "%.3f", betweenness.scores[v]) + "\n"
        }
        return out
    }

    static func inert(_ s: String) -> String {
        guard let first = s.first else { return s }
        let numeric = s.dropFirst().allSatisfy { $0.isNumber || $0 == " " || $0 == "." || $0 == "-" }
        return first == "=" || first == "@" || ((first == "+" || first == "-") && !numeric) ? "'" + s : s
    }

    public static func write(to url: URL, _ network: Network, components: Components, communities: Communities,
                             betweenness: Betweenness) throws {
        try Data(text(network, components: components, communities: communities, betweenness: betweenness).utf8).write(to: url)
    }

    /// A field quoted when it holds a comma, a quote or a line break.
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
