/// The BCH-protected words that tell a reader the level and mask (format information) and, from
/// version 7, the version (version information).
enum FormatInformation {
    /// Level and mask in 5 bits, then a 10-bit BCH(15, 5) remainder, all XORed with 0x5412 so
    /// that the word is never all light whatever the level and mask.
    static func formatBits(_ level: ErrorCorrectionLevel, _ mask: Mask) -> Int {
        let data = level.formatBits << 3 | mask.rawValue
        return (data << 10 | remainder(data << 10, generator: 0x537)) ^ 0x5412
    }

    /// The version in 6 bits, then a 12-bit BCH(18, 6) remainder.
    static func versionBits(_ version: Version) -> Int {
        version.number << 12 | remainder(version.number << 12, generator: 0x1F25)
    }

    /// The remainder of polynomial division over GF(2), bits as coefficients.
    private static func remainder(_ dividend: Int, generator: Int) -> Int {
        func degree(_ v: Int) -> Int { Int.bitWidth - v.leadingZeroBitCount - 1 }
        var value = dividend
        while degree(value) >= degree(generator) { value ^= generator << (degree(value) - degree(generator)) }
        return value
    }
}
