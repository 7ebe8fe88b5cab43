/// A symbol size, 1 to 40: version `n` is `17 + 4n` modules square.
struct Version: Equatable, Comparable {
    static let all = (1...40).map(Version.init)

    let number: Int

    var size: Int { 17 + 4 * number }

    /// The width of the byte count after the mode indicator: a version 1–9 symbol cannot hold
    /// more than 255 bytes, so it spends only 8 bits on the count.
    var characterCountBits: Int { number < 10 ? 8 : 16 }

    /// The centres of the alignment patterns along either axis (ISO/IEC 18004 annex E): the first
    /// at 6, the last 7 modules from the far edge, the ones between an even step apart counted
    /// back from the far edge, so only the first gap may be shorter. Version 32 breaks the rule.
    var alignmentCentres: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        let span = size - 13
        let shortest = (span + count - 2) / (count - 1)  // the gap rounded up…
        let step = number == 32 ? 26 : (shortest + 1) / 2 * 2  // …then up to an even number
        return [6] + (0..<(count - 1)).reversed().map { size - 7 - $0 * step }
    }

    /// Modules left for codewords once the function patterns are drawn: the three finders with
    /// their separators and format areas (64 + 64 + 64 + 31), both timing lines, the alignment
    /// patterns (less the timing modules that the ones on row and column 6 cover) and, from
    /// version 7, the two version blocks of 18.
    var dataModules: Int {
        let timing = 2 * (size - 16)
        let aligned = alignmentCentres.count
        let alignment = aligned == 0 ? 0 : 25 * (aligned * aligned - 3) - 2 * 5 * (aligned - 2)
        let versionInformation = number >= 7 ? 36 : 0
        return size * size - 3 * 64 - 31 - timing - alignment - versionInformation
    }

    /// All codewords, data and error correction; the last `dataModules % 8` modules stay unused.
    var codewords: Int { dataModules / 8 }

    static func < (a: Version, b: Version) -> Bool { a.number < b.number }
}
