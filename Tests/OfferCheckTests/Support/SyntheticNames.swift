/// A small seeded generator (SplitMix64), so synthetic data is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Company-like names from Indonesian syllables, and the ways people mistype them.
enum SyntheticNames {
    static let syllables = ["ma", "ju", "ja", "ya", "sa", "ri", "ba", "ru", "su", "ka", "bi", "na", "ta", "ni", "la", "wa",
                            "di", "ra", "se", "to", "ko", "me", "li", "pu", "da", "nu", "ga", "sen", "ban", "tan", "jar", "gun"]

    static func word(_ r: inout SplitMix) -> String {
        (0..<Int.random(in: 2...3, using: &r)).map { _ in syllables.randomElement(using: &r)! }.joined().capitalized
    }

    static func name(_ r: inout SplitMix) -> String {
        (0..<3).map { _ in word(&r) }.joined(separator: " ")
    }

    /// One letter dropped, doubled or changed, and the legal form written another way.
    static func mangle(_ name: String, _ r: inout SplitMix) -> String {
        var letters = Array(name.dropFirst(3))
        let i = Int.random(in: 1..<letters.count - 1, using: &r)
        switch Int.random(in: 0..<3, using: &r) {
        case 0: letters.remove(at: i)
        case 1: letters.insert(letters[i], at: i)
        default: letters[i] = letters[i] == "a" ? "e" : "a"
        }
        let forms = ["P.T. ", "PT. ", "", "pt "]
        let suffix = ["", " Tbk", " (Persero)", "."]
        return forms.randomElement(using: &r)! + String(letters).uppercased() + suffix.randomElement(using: &r)!
    }
}
