import Monitoring
import OpenData

/// A reproducible bit source for tests, never for a release: the project's seeded xoshiro256**.
struct SeededBits: RandomBitSource {
    private var generator: SeededRandom

    init(seed: UInt64) { generator = SeededRandom(seed: seed) }

    mutating func nextBits() -> UInt64 { generator.next() }
}
