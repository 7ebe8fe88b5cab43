@testable import QRCode

/// Reads format and version information back out of a finished symbol, the way a reader does,
/// so tests check what was written rather than how.
enum FormatReading {
    /// The 15 bits beside the top-left finder, most significant first.
    static func firstCopy(_ qr: QRCode) -> Int {
        var positions = (0...5).map { (x: $0, y: 8) } + [(x: 7, y: 8), (x: 8, y: 8), (x: 8, y: 7)]
        positions += (0...5).reversed().map { (x: 8, y: $0) }
        return read(qr, positions)
    }

    /// The 15 bits split beside the other two finders, most significant first.
    static func secondCopy(_ qr: QRCode) -> Int {
        let n = qr.size
        return read(qr, (1...7).map { (x: 8, y: n - $0) } + (1...8).reversed().map { (x: n - $0, y: 8) })
    }

    /// The level and mask a 15-bit word names, if it is exactly one of the 32 valid words.
    static func decode(_ word: Int) -> (level: ErrorCorrectionLevel, mask: Mask)? {
        let data = (word ^ 0x5412) >> 10
        guard bchRemainder(word ^ 0x5412, generator: 0x537) == 0 else { return nil }
        let level = ErrorCorrectionLevel.allCases.first { $0.formatBits == data >> 3 }
        return level.map { ($0, Mask(rawValue: data & 0b111)!) }
    }

    /// The 18 bits of each version block (top-right, bottom-left), bit 0 first in the reading order.
    static func versionBlocks(_ qr: QRCode) -> (Int, Int) {
        var a = 0, b = 0
        for i in 0..<18 {
            let along = i / 3, across = qr.size - 11 + i % 3
            if qr.isDark(x: across, y: along) { a |= 1 << i }
            if qr.isDark(x: along, y: across) { b |= 1 << i }
        }
        return (a, b)
    }

    static func bchRemainder(_ word: Int, generator: Int) -> Int {
        var value = word
        let degree = generator.bitWidth - generator.leadingZeroBitCount - 1
        for bit in stride(from: 30, through: degree, by: -1) where value & (1 << bit) != 0 {
            value ^= generator << (bit - degree)
        }
        return value
    }

    private static func read(_ qr: QRCode, _ positions: [(x: Int, y: Int)]) -> Int {
        positions.reduce(0) { $0 << 1 | (qr.isDark(x: $1.x, y: $1.y) ? 1 : 0) }
    }
}
