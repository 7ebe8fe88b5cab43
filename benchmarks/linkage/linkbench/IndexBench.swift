import Foundation
import Linkage

/// Measures `PersonIndex` lookups: indexes every record of the file but a held-out sample,
/// then looks each held-out record up and reports build time, latency percentiles and how
/// often a record of the same person (by the file's cluster_id, when present) came first.
func indexBench(path: String, queries: Int) {
    let input = try! LinkageCSV.read(contentsOf: URL(fileURLWithPath: path))
    let truth = groundTruth(path)
    // Every k-th record is held out: a fixed sample, so runs can be compared.
    let step = max(1, input.records.count / max(queries, 1))
    let held = Set(stride(from: step / 2, to: input.records.count, by: step).prefix(queries))
    let indexed = input.records.enumerated().filter { !held.contains($0.offset) }.map(\.element)
    let t0 = Date()
    let index = PersonIndex(records: indexed)
    print(String(format: "index of %d records built in %.1fs", index.count, Date().timeIntervalSince(t0)))
    var latencies: [Double] = []
    var answered = 0, right = 0
    for k in held.sorted() {
        let q = input.records[k]
        let start = DispatchTime.now().uptimeNanoseconds
        let found = index.candidates(for: q, limit: 5, minimumProbability: 0.5)
        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        if let best = found.first {
            answered += 1
            if let t = truth[q.recordID], truth[best.recordID] == t { right += 1 }
        }
    }
    latencies.sort()
    func pct(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
    print(String(format: "%d lookups: p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d answered, %d of them the right person",
                 latencies.count, pct(0.5), pct(0.99), latencies.last ?? 0, answered, right))
}

/// record_id → cluster_id from the generator's ground-truth column, if the file has one.
func groundTruth(_ path: String) -> [String: String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
    var lines = text.split(separator: "\n")
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false),
          let id = header.firstIndex(of: "record_id"), let cluster = header.firstIndex(of: "cluster_id") else { return [:] }
    lines.removeFirst()
    var out: [String: String] = [:]
    for line in lines {
        // Quoted names may hold commas; the id is the first field and the cluster the last.
        let f = line.split(separator: ",", omittingEmptySubsequences: false)
        guard f.count > max(id, cluster), id == 0, cluster == header.count - 1 else { continue }
        out[String(f[0])] = String(f[f.count - 1])
    }
    return out
}
