import Foundation
import Testing
import Cases

@Suite("Numbers with leading zeros")
struct ZeroPaddedTests {
    @Test func writesWhatStringFormatWrites() {
        var random = SystemRandomNumberGenerator()
        let samples = [0, 1, 9, 10, 999, 1_000, 123_456, 1_234_567, -1, -42, Int.max / 3] + (0..<500).map { _ in Int.random(in: -99_999...9_999_999, using: &random) }
        for n in samples {
            for width in [1, 2, 4, 6, 9] {
                #expect(zeroPadded(n, width) == String(format: "%0\(width)ld", n), "\(n) in \(width)")
            }
        }
        #expect(CaseNumberFormat.make(year: 2026, sequence: 42) == "TPPO-2026-000042")
        #expect(PersonCode.make(role: .victim, year: 2026, sequence: 7).hasSuffix("-2026-0007"))
    }
}
