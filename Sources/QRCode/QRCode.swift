/// A QR code (ISO/IEC 18004) holding a byte string in byte mode: the smallest version (1–40)
/// that holds it at the chosen error-correction level, with the mask that scores the lowest
/// penalty unless one is asked for.
///
/// Simpul draws the TOTP enrolment address as one, so an officer scans it instead of typing a
/// 32-character key into a phone.
public struct QRCode: Equatable, Sendable {
    /// The version: the symbol is `17 + 4 × version` modules square.
    public let version: Int
    public let level: ErrorCorrectionLevel
    public let mask: Mask
    /// Modules along one side, without the quiet zone.
    public let size: Int
    private let modules: [Bool]

    /// Encodes `bytes`.
    /// - Parameter mask: a mask to use instead of the best one (for tests and reference vectors).
    /// - Throws: `QRCodeError.inputTooLong` when even version 40 cannot hold `bytes` at `level`.
    public init(bytes: [UInt8], level: ErrorCorrectionLevel = .medium, mask: Mask? = nil) throws(QRCodeError) {
        guard let version = Version.all.first(where: { Codewords.capacity($0, level) >= bytes.count }) else {
            throw .inputTooLong(bytes: bytes.count, capacity: Codewords.capacity(Version.all[39], level), level: level)
        }
        var grid = ModuleGrid(functionPatternsOf: version)
        grid.place(Codewords.interleaved(Codewords.data(bytes, version, level), version, level))
        let chosen = mask ?? Self.bestMask(for: grid)
        grid.apply(chosen)
        grid.drawFormat(bits: FormatInformation.formatBits(level, chosen))
        if version.number >= 7 { grid.drawVersion(bits: FormatInformation.versionBits(version)) }
        self.version = version.number
        self.level = level
        self.mask = chosen
        size = grid.size
        modules = grid.dark
    }

    /// Encodes the UTF-8 bytes of `text`.
    public init(text: String, level: ErrorCorrectionLevel = .medium, mask: Mask? = nil) throws(QRCodeError) {
        try self.init(bytes: Array(text.utf8), level: level, mask: mask)
    }

    /// Whether the module in column `x` and row `y`, from the top-left, is dark.
    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// Masks are scored before the format and version information and the dark module are
    /// written (light there), in the order of the standard's steps (§7.1: masking, then format and
    /// version), as segno does; encoders that score with them drawn may pick another mask, which
    /// reads as well.
    /// The first of equal scores wins, so the choice is deterministic.
    private static func bestMask(for grid: ModuleGrid) -> Mask {
        let scored = Mask.allCases.map { mask in
            var candidate = grid
            candidate.apply(mask)
            return (mask: mask, penalty: candidate.penalty)
        }
        return scored.min { $0.penalty < $1.penalty }?.mask ?? .pattern0
    }
}
