/// Writes a network as GraphML (graphml.graphdrawing.org), which Gephi, yEd, Cytoscape and
/// networkx open: one node per node with its label, kind, community, degree and betweenness,
/// one undirected edge per linked pair with the number of links, their kinds, their summed
/// weight and their first and last day.
public enum NetworkGraphML {
    /// The document. `labels` holds one label per node (in node order); a node's id in the
    /// file is its id in the network.
    public static func text(_ network: Network, labels: [String], communities: Communities, betweenness: Betweenness) -> String {
        precondition(labels.count == network.nodeCount, "one label per node")
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="community" for="node" attr.name="community" attr.type="int"/>
              <key id="degree" for="node" attr.name="degree" attr.type="int"/>
              <key id="betweenness" for="node" attr.name="betweenness" attr.type="double"/>
              <key id="links" for="edge" attr.name="links" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="kinds" for="edge" attr.name="kinds" attr.type="string"/>
              <key id="first" for="edge" attr.name="first_day" attr.type="string"/>
              <key id="last" for="edge" attr.name="last_day" attr.type="string"/>
              <graph id="network" edgedefault="undirected">

            """
        for v in 0..<network.nodeCount {
            out += "    <node id=\"\(escape(network.ids[v]))\">"
            out += data("label", labels[v]) + data("kind", network.kinds[v].rawValue) + data("community", String(communities.communityOf[v]))
            out += data("degree", String(network.degree(NodeIndex(v)))) + data("betweenness", String(betweenness.scores[v]))
            out += "</node>\n"
        }
        for (i, edge) in network.linkedPairs().enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(escape(network.ids[Int(edge.a)]))\" target=\"\(escape(network.ids[Int(edge.b)]))\">"
            out += data("links", String(edge.count)) + data("weight", String(edge.weight))
            out += data("kinds", edge.kinds.map(\.description).joined(separator: " "))
            if let f = edge.first { out += data("first", f.description) }
            if let l = edge.last { out += data("last", l.description) }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    private static func data(_ key: String, _ value: String) -> String { "<data key=\"\(key)\">\(escape(value))</data>" }

    /// XML's five special characters, and control characters XML 1.0 cannot hold dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if ch.value < 0x20 && ch != "\t" && ch != "\n" && ch != "\r" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
