import ArgumentParser
import Foundation
import OpenData
import Networks

/// `simpul network`: components, communities and brokers of an analyst's own link file, as
/// `simpul link` is for person records. Nothing is read from or written to the store.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Find the networks, communities and brokers in a file of links (calls, transfers, shared identifiers).",
        discussion: """
            Input: a UTF-8 CSV whose header names source and target, and optionally kind, weight, date (YYYY-MM-DD) and case,
            in any order. Output: node_id,component_id,community_id,degree,betweenness, one row per node. Rows that cannot be
            used go to the rejects file (--rejects, or OUTPUT.rejects.csv) with their line and reason; the rest are analysed.
            Exit status 2 when the input cannot be read at all (the message names the line).
            """)

    @Option(help: "Input CSV of links.") var input: String
    @Option(help: "Output CSV, one row per node.") var output: String
    @Option(help: "Where rejected rows go (line,reason); default OUTPUT.rejects.csv when there are any.") var rejects: String?
    @Option(help: "Modularity resolution γ for communities: larger gives smaller communities (default 1).") var resolution: Double?

    func validate() throws {
        if let r = resolution, !(r.isFinite && r > 0) { throw ValidationError("--resolution must be a number greater than 0, not \(r)") }
    }

    func run() throws {
        let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let data: LinkCSV.Input
        do {
            data = try LinkCSV.read(contentsOf: URL(fileURLWithPath: input)) { bar.show("reading", $0) }
        } catch {
            bar.finish()
            FileHandle.standardError.write(Data("simpul network: \(input): \(error)\n".utf8))
            throw ExitCode(2)
        }
        let network = data.network
        bar.show("components", 0)
        let components = network.components()
        bar.show("communities", 0.33)
        var options = CommunityOptions()
        if let resolution { options.resolution = .modularity(resolution) }
        let communities = network.communities(options)
        bar.show("betweenness", 0.66)
        let betweenness = network.betweenness()
        bar.show("writing", 0.9)
        try NetworkCSV.write(to: URL(fileURLWithPath: output), network, components: components, communities: communities, betweenness: betweenness)
        bar.show("done", 1)
        bar.finish()
        if !data.rejects.isEmpty {
            let path = rejects ?? output + ".rejects.csv"
            var text = "line,reason\n"
            for r in data.rejects { text += "\(r.line),\(CSVText.field("\(r.reason)"))\n" }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            print("\(data.rejects.count) rows rejected, written to \(path)")
        }
        print("\(data.linkRows) links, \(network.nodeCount) nodes in \(components.count) components and \(communities.count) communities")
    }
}
