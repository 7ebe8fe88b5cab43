import Testing
@testable import Monitoring

/// Medians from the histogram a kept tally carries: values come and go, and the middle is
/// always that of the values present, wherever they lie.
@Suite struct DayCountsTests {
    func median(_ values: [Int32]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), n = s.count
        return n % 2 == 1 ? Double(s[n / 2]) : Double(Int(s[n / 2 - 1]) + Int(s[n / 2])) / 2
    }

    @Test func theMedianIsThatOfTheValuesPresentAfterAddingAndTakingAway() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<200 {
            var counts = DayCounts(), present: [Int32] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                // Mostly near each other, now and then far out (a stray date) on either side.
                let far = Int.random(in: 0..<10, using: &rng) == 0
                let v = Int32(far ? Int.random(in: -200_000...200_000, using: &rng) : Int.random(in: -40...400, using: &rng))
                counts.add(v)
                present.append(v)
                if !present.isEmpty, Bool.random(using: &rng) {
                    let i = Int.random(in: 0..<present.count, using: &rng)
                    counts.add(present.remove(at: i), sign: -1)
                }
            }
            #expect(counts.n == present.count, "round \(round)")
            #expect(counts.median == median(present), "round \(round): \(present)")
        }
    }

    @Test func anEmptiedHistogramHasNoMedian() {
        var counts = DayCounts()
        counts.add(5)
        counts.add(90_000)
        counts.add(5, sign: -1)
        #expect(counts.median == 90_000)
        counts.add(90_000, sign: -1)
        #expect(counts.n == 0 && counts.median == nil)
        #expect(counts.cell == .median(nil, n: 0))
    }
}
