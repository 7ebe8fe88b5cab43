/// One of the eight patterns laid over the data so that the symbol has no large blank areas or
/// shapes a reader could take for a finder pattern. `rawValue` is the number written in the
/// format information.
public enum Mask: Int, Sendable, CaseIterable {
    case pattern0, pattern1, pattern2, pattern3, pattern4, pattern5, pattern6, pattern7

    /// Whether the module in `row` and `column` is inverted (ISO/IEC 18004 table 10).
    func inverts(row i: Int, column j: Int) -> Bool {
        switch self {
        case .pattern0: (i + j) % 2 == 0
        case .pattern1: i % 2 == 0
        case .pattern2: j % 3 == 0
        case .pattern3: (i + j) % 3 == 0
        case .pattern4: (i / 2 + j / 3) % 2 == 0
        case .pattern5: (i * j) % 2 + (i * j) % 3 == 0
        case .pattern6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        case .pattern7: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}
