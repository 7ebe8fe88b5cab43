import ArgumentParser
import Cases
import Foundation
import Networks
import Store
import Web

/// `simpul network-bench`: how long "seen elsewhere" and the network page take against a store
/// holding many entities and links. Fills an empty store with generated case networks
/// (`NetworkBenchData`), then times lookups of random identifiers and the page of a 200-node network.
struct NetworkBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network-bench",
        abstract: "Time \"seen elsewhere\" and the network page against a store of generated case networks (benchmark).",
        discussion: """
            On a store without network entities, loads ENTITIES distinct entities in ENTITIES/8 cases of two benchmark agencies \
            (1.5 mentions per entity, a quarter of them shared by 2-4 cases, 20 hubs in 200 cases each) and about 3.5 links per \
            entity, so about 5 links (mentions and links) per entity in all; then a ring of 25 cases chained by shared phones (about \
            200 nodes). Times --lookups "seen elsewhere" lookups of random identifiers and 20 renderings of the ring's network page.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Distinct entities to generate.") var entities: Int = 100_000
    @Option(help: "Lookups to time.") var lookups: Int = 2_000

    func validate() throws {
        guard entities >= 1_000, lookups > 0 else { throw ValidationError("--entities must be at least 1000 and --lookups positive") }
    }

    func run() async throws {
        let opened = try await store.open(logger: makeLogger())
        let viewers = try await NetworkBenchData.agencies(in: opened)
        var data = NetworkBenchData(entities: entities)
        if try await opened.db.query("SELECT 1 AS one FROM network_mentions LIMIT 1", []).isEmpty {
            let started = Date()
            try await data.load(into: opened, agency: viewers[0].agencyID, other: viewers[1].agencyID)
            print(String(format: "loaded %d cases, %d mentions, %d links in %.1f s", data.caseCount, data.mentionCount, data.linkCount,
                         Date().timeIntervalSince(started)))
        } else {
            try await data.sample(from: opened)
        }
        var times: [Double] = [], found = 0
        let probes = data.probes(lookups)
        for (i, p) in probes.enumerated() {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let seen = try await opened.networks.seenElsewhere(of: [(p.mentionID, p.key)], excluding: p.caseID, viewer: viewers[i % 2])
            if i >= 20 { times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6) } // the first warm the caches
            found += seen.isEmpty ? 0 : 1
        }
        print("seen elsewhere: " + Self.percentiles(times) + ", \(found) of \(probes.count) seen in other cases")
        var pages: [Double] = [], nodes = 0, bytes = 0
        for i in 0..<22 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            (bytes, nodes) = try await NetworkPageBenchmark.render(store: opened, caseID: NetworkBenchData.ringCase(0), viewer: viewers[0])
            if i >= 2 { pages.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6) }
        }
        print("network page (\(nodes) nodes, \(bytes / 1024) KB): " + Self.percentiles(pages))
        try await opened.db.close()
    }

    static func percentiles(_ values: [Double]) -> String {
        let t = values.sorted()
        func pct(_ p: Double) -> Double { t[min(t.count - 1, Int(Double(t.count) * p))] }
        return String(format: "%d runs, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", t.count, pct(0.5), pct(0.9), pct(0.99), t.last ?? 0)
    }
}
