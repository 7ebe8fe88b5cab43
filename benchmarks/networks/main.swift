// Issue 16: perpetrator networks. Generates a case network with planted rings and hubs
// (`CaseNetworkGenerator`), then times components, Leiden communities and betweenness with
// the peak memory (VmHWM), measures how well each planted ring comes out as one community of
// its own, flags organised-group candidates, and times the layout of a 200-node network.
//
//   swift build -c release --scratch-path .build-net --product networks-bench
//   .build-net/release/networks-bench [entities] [links] [resolution] [hub-rule]
//     entities: 1000000 (default), links: 5 × entities, resolution γ′ (per strength): 0.0001,
//     hub rule: inverse (default, full weight up to 10 cases), log, none
import Foundation
import Networks

let arguments = Array(CommandLine.arguments.dropFirst())
let entities = arguments.count > 0 ? Int(arguments[0]) ?? 1_000_000 : 1_000_000
let linkTarget = arguments.count > 1 ? Int(arguments[1]) ?? entities * 5 : entities * 5
let resolution = arguments.count > 2 ? Double(arguments[2]) ?? 1e-4 : 1e-4 // Resolution.nationalNetwork
let hubRule: HubWeighting = switch arguments.count > 3 ? arguments[3] : "inverse" {
case "log": .inverseLog
case "none": .none
default: .inverse(fullWeightUpTo: 10)
}

/// Peak resident memory of this process so far, in MB (VmHWM of /proc/self/status).
func peakMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
    return kb / 1024
}

func timed<T>(_ label: String, _ body: () -> T) -> (T, Double) {
    let start = Date()
    let value = body()
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "%-22@ %8.2f s   peak %7.0f MB", label as NSString, seconds, peakMB()))
    return (value, seconds)
}

print("Networks benchmark: \(entities) entities, ~\(linkTarget) links, seed 16, resolution γ′ = \(resolution) per strength, hubs \(hubRule)")
let (generated, _) = timed("generate + build") { CaseNetworkGenerator(entities: entities, links: linkTarget).generate() }
let network = generated.network
let entityCount = network.kinds.filter { $0 != .case }.count
print("  nodes \(network.nodeCount) (\(entityCount) entities, \(generated.caseCount) cases, \(generated.hubCount) hubs), links \(network.linkCount), distinct pairs \(network.edgeCount), rings \(generated.rings.count)")

let (components, t1) = timed("components") { network.components() }
print("  \(components.count) components, largest \(components.sizes.first ?? 0) nodes")
let options = CommunityOptions(resolution: .perStrength(resolution), hubs: hubRule)
let (communities, t2) = timed("communities (Leiden)") { network.communities(options) }
print("  \(communities.count) communities, largest \(communities.sizes.first ?? 0) nodes, quality \(String(format: "%.4f", communities.quality))")
let (betweenness, t3) = timed("betweenness") { network.betweenness() }
print("  \(betweenness.excludedHubs.count) hubs (in more than 100 cases) left out; \(betweenness.estimated.isEmpty ? "every score exact" : "\(betweenness.estimated.count) component(s) estimated")")
for e in betweenness.estimated {
    print("  component \(e.component) (\(e.nodes) nodes) estimated from \(e.samples) sources: ε = \(String(format: "%.3f", e.relativeError)) of n(n−2)/2, 95% confidence")
}
let (degrees, t4) = timed("degrees") { network.degrees() }
let total = t1 + t2 + t3 + t4
print(String(format: "TOTAL components + communities + centralities: %.1f s, peak memory %.0f MB (targets < 60 s, < 2048 MB)", total, peakMB()))
print("  top brokers by betweenness: " + betweenness.ranked(limit: 5).map { "\(network.ids[Int($0.node)]) (\(network.kinds[Int($0.node)].rawValue), degree \(degrees[Int($0.node)]))" }.joined(separator: ", "))

// Planted rings: recovered when the core and the ring's cases are in one community that holds
// no other ring's core. Foreign members: nodes of that community that are neither the ring's
// core, its cases, nor an entity only its cases name.
var coreOwner = [Int32](repeating: -1, count: network.nodeCount)
for (r, ring) in generated.rings.enumerated() { for v in ring.core { coreOwner[Int(v)] = Int32(r) } }
var ringsOfCommunity = [Int32: Set<Int32>]()
for (v, r) in coreOwner.enumerated() where r >= 0 { ringsOfCommunity[communities.communityOf[v], default: []].insert(r) }
let members = communities.members()
var recovered = 0, foreign = 0, sizes = 0
var foreignShares: [Double] = []
var split = 0, joined = 0
for (r, ring) in generated.rings.enumerated() {
    let cs = Set((ring.core + ring.cases).map { communities.communityOf[Int($0)] })
    if cs.count > 1 { split += 1 }
    guard cs.count == 1, let c = cs.first else { continue }
    guard ringsOfCommunity[c] == [Int32(r)] else { joined += 1; continue }
    recovered += 1
    let outsiders = members[Int(c)].filter { !ring.own.contains($0) }.count
    foreign += outsiders
    sizes += members[Int(c)].count
    foreignShares.append(Double(outsiders) / Double(members[Int(c)].count))
}
let rings = generated.rings.count
print(String(format: "RINGS recovered as one community each: %d of %d = %.1f%% (target ≥ 95%%)", recovered, rings, 100 * Double(recovered) / Double(max(1, rings))))
print("  not recovered: \(split) split over several communities, \(joined) in one community with another ring")
print(String(format: "  foreign members in those communities: %.2f%% of %d members (mean per ring %.2f%%, target ≤ 5%%)",
             100 * Double(foreign) / Double(max(1, sizes)), sizes, 100 * foreignShares.reduce(0, +) / Double(max(1, foreignShares.count))))

let (groups, _) = timed("organised groups") { network.organisedGroupCandidates() }
let flaggedRings = generated.rings.filter { ring in
    let persons = Set(ring.persons)
    return groups.contains { g in g.persons.filter { persons.contains($0) }.count >= 3 }
}.count
let eligible = generated.rings.filter { $0.persons.count >= 3 }.count
print("  \(groups.count) candidate groups (Pasal 16); rings with one: \(flaggedRings) of \(eligible)")

// Layout of a 200-node network: the neighbourhood of the first ring, breadth first.
var chosen: [NodeIndex] = [], seen = Set<NodeIndex>()
var frontier = [generated.rings[0].persons[0]]
while chosen.count < 200, !frontier.isEmpty {
    var next: [NodeIndex] = []
    for v in frontier where chosen.count < 200 && seen.insert(v).inserted {
        chosen.append(v)
        next += network.neighbours(v).filter { !seen.contains($0) }
    }
    frontier = next
}
let (places, layoutSeconds) = timed("layout (\(chosen.count) nodes)") { try! network.layout(chosen) }
let again = try! network.layout(chosen)
var closest = Double.infinity
for i in places.indices { for j in places.indices where j > i { closest = min(closest, hypot(places[i].x - places[j].x, places[i].y - places[j].y)) } }
print(String(format: "  layout %.3f s; same on a second run: %@; closest centres %.1f (discs need %.1f)",
             layoutSeconds, (places == again ? "yes" : "no") as NSString, closest, 2 * LayoutOptions().nodeRadius + LayoutOptions().gap))

// The same links as the CSV `simpul network --input` reads, parsed back (in memory, so only
// the parsing is timed).
let (csv, _) = timed("write links as CSV") { () -> [UInt8] in
    var text = "source,target,kind,date,case\n"
    for l in network.links {
        text += network.ids[Int(l.source)] + "," + network.ids[Int(l.target)] + "," + l.kind.description + ","
        text += (l.day?.description ?? "") + "," + (l.caseNode.map { network.ids[Int($0)] } ?? "") + "\n"
    }
    return Array(text.utf8)
}
var reports = 0
let (parsed, _) = timed("read links CSV") { try! LinkCSV.parse(csv) { _ in reports += 1 } }
print("  \(csv.count / 1_000_000) MB, \(parsed.linkRows) rows loaded, \(parsed.rejects.count) rejected, \(parsed.network.nodeCount) nodes, \(reports) progress reports")
