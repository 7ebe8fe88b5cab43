/// How much of a symbol may be damaged or hidden and still be read: about 7 % (`low`), 15 %
/// (`medium`), 25 % (`quartile`) or 30 % (`high`) of its codewords. More recovery costs capacity.
public enum ErrorCorrectionLevel: Int, Sendable, CaseIterable {
    case low, medium, quartile, high

    /// The two bits that name the level in the format information. They are not in the order of
    /// strength: the standard gave M the all-zero pattern.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
