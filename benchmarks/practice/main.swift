// Issue 17 benchmark: a screening with the court-practice comparison on, against 10,000 decisions.
// The decisions are SYNTHETIC, generated here in memory from a fixed seed: random facts in the
// contract's vocabulary with made-up outcomes. They are never written anywhere nor bundled; they
// exist only to load the comparison as a full set of real decisions would. The cases are the
// contract's public examples P1–P7 (as in benchmarks/screening). Prints the median, p90 and p99.
//
//   swift build -c release --product practice-bench && .build/release/practice-bench
import Foundation
import Law
import Practice

/// A 64-bit linear congruential generator (Knuth's MMIX constants): a fixed seed gives the same
/// synthetic set on every run; its high bits are random enough for picking codes.
struct Seeded {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 24
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func maybe<T>(_ value: T) -> T? { int(4) == 0 ? nil : value }  // a quarter of facts unstated
    mutating func some<C: CaseIterable & Hashable>(_ type: C.Type) -> [C] {
        let all = Array(C.allCases)
        return Array(Set((0..<(1 + int(2))).map { _ in all[int(all.count)] })).sorted { "\($0)" < "\($1)" }
    }
}

let citations = ["UU 21/2007 Pasal 2 ayat (1)", "UU 21/2007 Pasal 4", "UU 21/2007 Pasal 6", "UU 21/2007 Pasal 10",
                 "UU 35/2014 Pasal 83", "UU 35/2014 Pasal 88", "UU 18/2017 Pasal 81", "KUHP Pasal 296", "KUHP Pasal 506"]
let countries = ["ID", "MY", "KH", "MM", "SA", "HK", "TW"]

func syntheticDecisions(_ n: Int) -> DecisionSet {
    var r = Seeded(state: 17)
    return DecisionSet((0..<n).map { i in
        let to = countries[r.int(countries.count)]
        let facts = CaseFacts(
            victim: .init(age: r.maybe(12 + r.int(30)), citizenship: "ID"), acts: r.maybe(r.some(CaseFacts.Act.self)),
            means: r.maybe(r.some(CaseFacts.Means.self)),
            exploitation: .init(types: r.maybe(r.some(CaseFacts.ExploitationType.self)), status: .occurred),
            movement: r.maybe(.init(from: "ID", to: to)), harms: r.maybe([]),
            perpetrator: .init(organizedGroup: r.maybe(r.int(3) == 0)), stage: r.maybe(.completed),
            victimCompelledToOffend: r.maybe(r.int(5) == 0))
        let acquitted = r.int(10) == 0
        return CourtDecision(
            id: "synthetic-\(i)", number: "\(i)/Pid.Sus/2020/PN Syn", court: "Synthetic court", level: .pn, provinceCode: "35",
            year: 2010 + r.int(16), facts: facts, outcome: acquitted ? .acquitted : .convicted,
            convictedUnder: acquitted ? [] : [citations[r.int(citations.count)]], sentenceMonths: acquitted ? nil : 12 + r.int(120),
            summary: .init(id: "Sintetis.", en: "Synthetic."),
            source: .init(url: "https://example.invalid/\(i)", title: "synthetic", kind: .report, accessed: "2026-12-06"))
    })
}


let facts = PublicExamples.json.map { try! CaseFacts.decode(Data($0.utf8)) }
let t0 = DispatchTime.now().uptimeNanoseconds
let index = PracticeIndex(syntheticDecisions(10_000))
print(String(format: "indexing 10,000 synthetic decisions: %.1f ms (once, at start-up)", Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6))

let today = Date()
var sink = 0
@MainActor func timed(_ rounds: Int, _ body: (CaseFacts) -> Int) -> (samples: [Double], perExample: [[Double]]) {
    var samples: [Double] = [], perExample = [[Double]](repeating: [], count: facts.count)
    for _ in 0..<rounds {
        for (i, f) in facts.enumerated() {
            let t = DispatchTime.now().uptimeNanoseconds
            sink &+= body(f)
            let us = Double(DispatchTime.now().uptimeNanoseconds - t) / 1000
            samples.append(us)
            perExample[i].append(us)
        }
    }
    return (samples.sorted(), perExample)
}
func report(_ label: String, _ unit: String, _ scale: Double, _ r: (samples: [Double], perExample: [[Double]])) {
    let s = r.samples
    print("\(label), median per example: " + r.perExample.enumerated().map { i, xs in
        String(format: "P%d %.2f %@", i + 1, xs.sorted()[xs.count / 2] / scale, unit) }.joined(separator: ", "))
    print(String(format: "\(label): median %.2f %@, p90 %.2f %@, p99 %.2f %@ (%d runs over P1–P7)",
                 s[s.count / 2] / scale, unit, s[s.count * 9 / 10] / scale, unit, s[s.count * 99 / 100] / scale, unit, s.count))
}

_ = timed(5) { index.compare($0, screening: Screening.screen($0, today: today)).summary.similar } // warm-up
let off = timed(2000) { Screening.screen($0, today: today).explanation.count }
report("screening, practice off", "µs", 1, off)
let on = timed(100) { f in
    let result = Screening.screen(f, today: today)
    let c = index.compare(f, screening: result)
    return c.summary.similar &+ c.matches.count
}
report("screening with practice on (10,000 decisions)", "ms", 1000, on)
print("similar decisions per example: " + facts.map { "\(index.compare($0, screening: Screening.screen($0, today: today)).summary.similar)" }.joined(separator: ", "))
print("targets: practice off median < 100 µs; practice on median < 5 ms")
if sink == 42 { print("") }
