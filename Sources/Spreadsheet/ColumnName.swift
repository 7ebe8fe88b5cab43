/// Spreadsheet column letters: 0 → "A", 25 → "Z", 26 → "AA". Cell references in the sheet XML
/// (`r="AB12"`) use them.
public enum ColumnName {
    public static func letters(_ index: Int) -> String {
        precondition(index >= 0, "column index must not be negative")
        var n = index + 1
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }
}
