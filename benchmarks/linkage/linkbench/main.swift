// linkbench: links a CSV with Simpul's Linkage library and writes record_id,cluster_id.
// Usage: linkbench INPUT.csv OUTPUT.csv [--links LINKS.csv]
//        linkbench --index INPUT.csv [QUERIES]   (online-lookup latency, see IndexBench.swift)
// Until `simpul link` exists this is how benchmarks/linkage/run.sh drives the library.
import Foundation
import Linkage

let args = CommandLine.arguments
if args.count >= 3, args[1] == "--index" {
    indexBench(path: args[2], queries: args.count > 3 ? Int(args[3]) ?? 1000 : 1000)
    exit(0)
}
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: linkbench INPUT.csv OUTPUT.csv [--links LINKS.csv]\n".utf8))
    exit(2)
}
let started = Date()
func elapsed() -> String { String(format: "%6.1fs", Date().timeIntervalSince(started)) }

let input: LinkageCSV.Input
do {
    input = try LinkageCSV.read(contentsOf: URL(fileURLWithPath: args[1]))
} catch {
    FileHandle.standardError.write(Data("linkbench: \(error)\n".utf8))
    exit(1)
}
print("\(elapsed()) read \(input.records.count) records, \(input.rejects.count) rejected, \(input.warnings.count) warnings")
for r in input.rejects.prefix(5) { print("  reject \(r)") }

var lastStage = ""
var configuration = LinkageConfiguration()
let env = ProcessInfo.processInfo.environment
if let v = env["LINK_FLOOR"].flatMap(Double.init) { configuration.averageFloor = v }
if let v = env["LINK_VETO"].flatMap(Double.init) { configuration.vetoWeight = v }
if let v = env["LINK_INFO"].flatMap(Double.init) { configuration.informativeWeight = v }
if let v = env["LINK_STRONG"].flatMap(Double.init) { configuration.strongLinkWeight = v }
if let v = env["LINK_THRESHOLD"].flatMap(Double.init) { configuration.matchProbability = v }
var candidates: [(Int, Int)] = []
if let path = env["LINK_CANDIDATES"] {
    var s = "first,second\n"
    candidates = Linker(configuration: configuration).candidatePairs(input.records)
    for (i, j) in candidates {
        s += "\(input.records[i].recordID),\(input.records[j].recordID)\n"
    }
    try! s.write(toFile: path, atomically: true, encoding: .utf8)
}
let result = Linker(configuration: configuration).link(input.records) { p in
    if p.stage.rawValue != lastStage {
        lastStage = p.stage.rawValue
        print("\(elapsed()) \(p.stage.rawValue) (\(Int(p.fraction * 100))%)")
    }
}
print("\(elapsed()) candidate pairs \(result.candidatePairs), links \(result.links.count), clusters \(result.clusterCount), largest \(result.largestCluster)")
print("match share \(result.model.matchShare)")
for f in LinkageField.allCases {
    let w = (0..<f.levelCount).map { String(format: "%.1f", log2(result.model.m[f.rawValue][$0] / result.model.u[f.rawValue][$0])) }
    print("  \(f): \(w.joined(separator: " "))")
}

var out = "record_id,cluster_id\n"
for r in input.records { out += "\(r.recordID),\(result.clusters[r.recordID]!)\n" }
try! out.write(toFile: args[2], atomically: true, encoding: .utf8)
if let k = args.firstIndex(of: "--links"), k + 1 < args.count {
    var s = "first,second,weight,explanation\n"
    for l in result.links.prefix(2000) {
        s += "\(l.first),\(l.second),\(l.weight),\"\(result.explanation(for: l).summary)\"\n"
    }
    try! s.write(toFile: args[k + 1], atomically: true, encoding: .utf8)
}
// LINK_SCORES=f.csv (with LINK_CANDIDATES): every blocked pair as input positions with its weight.
if let path = env["LINK_SCORES"] {
    var s = "i,j,weight\n"
    for (i, j) in candidates { s += "\(i),\(j),\(String(format: "%.2f", result.explanation(at: i, j).totalWeight))\n" }
    try! s.write(toFile: path, atomically: true, encoding: .utf8)
}
print("\(elapsed()) done")
// LINK_EXPLAIN=pairs.csv (first,second per line): print the comparison of each listed pair.
if let path = env["LINK_EXPLAIN"], let text = try? String(contentsOfFile: path, encoding: .utf8) {
    let position = Dictionary(uniqueKeysWithValues: input.records.enumerated().map { ($1.recordID, $0) })
    for line in text.split(separator: "\n") {
        let ids = line.split(separator: ",").map(String.init)
        guard ids.count == 2, let i = position[ids[0]], let j = position[ids[1]] else { continue }
        let e = result.explanation(at: i, j)
        print("\(ids[0]) \(ids[1]) total \(String(format: "%.1f", e.totalWeight)) prior \(String(format: "%.1f", e.priorWeight)) :: \(e.summary)")
    }
}
