// Issue 3 benchmark: time to screen one case (the contract's public examples P1–P4) in a release
// build, and of the forms added in issue 17: P5 a recruitment by deception for sexual
// exploitation to an unknown place (an answer that forks), P6 a girl of 15 recruited and
// harboured for prostitution with no means named (UU 35/2014), P7 a man forced to run scams
// abroad (forced criminality). Prints the median, p90 and p99 per screening.
//
//   swift build -c release --product screening-bench && .build/release/screening-bench
import Foundation
import Law


let facts = PublicExamples.json.map { try! CaseFacts.decode(Data($0.utf8)) }
let today = Date()
var sink = 0
for f in facts { sink &+= Screening.screen(f, today: today).national.articles.count } // warm-up

var samples: [Double] = []
var perExample = [[Double]](repeating: [], count: facts.count)
let rounds = 5000
for _ in 0..<rounds {
    for (i, f) in facts.enumerated() {
        let t0 = DispatchTime.now().uptimeNanoseconds
        sink &+= Screening.screen(f, today: today).explanation.count
        let us = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1000
        samples.append(us)
        perExample[i].append(us)
    }
}
samples.sort()
print("median per example: " + perExample.enumerated().map { i, xs in
    String(format: "P%d %.1f µs", i + 1, xs.sorted()[xs.count / 2]) }.joined(separator: ", "))
let pass0 = DispatchTime.now().uptimeNanoseconds
for f in facts { sink &+= Screening.screen(f, today: today).victimRights.count }
let pass = Double(DispatchTime.now().uptimeNanoseconds - pass0) / 1000
print(String(format: "screening one case: median %.1f µs, p90 %.1f µs, p99 %.1f µs (%d screenings of P1–P7)",
             samples[samples.count / 2], samples[samples.count * 9 / 10], samples[samples.count * 99 / 100], samples.count))
print(String(format: "one pass over the 7 examples: %.1f µs (target: median < 100 µs)", pass))
if sink == 42 { print("") } // keeps the work from being optimised away
