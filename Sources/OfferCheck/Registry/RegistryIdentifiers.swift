/// SIP3MI licence numbers. **Assumption:** the real format of a SIP3MI number was not verified
/// (job-offer-facts.md: "the public list's own columns were not verified"). A number is taken as
/// well-formed if, once spaces are removed and letters upper-cased, it has 3–40 characters of
/// letters, digits, `.`, `/` and `-`, with at least one digit. Tighten this when the format is known.
public enum LicenceNumber {
    /// Upper case, without any whitespace: the form numbers are compared in.
    public static func normalised(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }).uppercased()
    }

    /// True for the assumed shape above.
    public static func isWellFormed(_ text: String) -> Bool {
        let n = normalised(text)
        guard (3...40).contains(n.utf8.count) else { return false }
        var digit = false
        for b in n.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"): continue
            default: return false
            }
        }
        return digit
    }
}

/// Nomor Induk Berusaha, the business number of the OSS system: 13 digits.
public enum NIB {
    /// True for exactly 13 ASCII digits.
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 13 && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
