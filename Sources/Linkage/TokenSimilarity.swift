/// Two tests of near spelling that Jaro–Winkler misses on short names.
enum TokenSimilarity {
    /// One letter typed wrong, added, dropped, or two neighbours swapped ("DITRI"/"FITRI"),
    /// for tokens of four letters or more (on shorter ones one edit makes another name).
    static func oneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count >= 4, b.count >= 4, abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if i == a.count { return true }                                                 // identical
            if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }                  // substitution
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i]
                && a[(i + 2)...].elementsEqual(b[(i + 2)...])                               // transposition
        }
        let (s, l) = a.count < b.count ? (a, b) : (b, a)
        return s[i...].elementsEqual(l[(i + 1)...])                                        // insertion
    }

    /// Same consonants in the same order, vowels aside: Arabic-derived names are transliterated
    /// with free vowels (Ahmad/Ahmed, Rahman/Rohman, Saleh/Soleh, Husain/Husein). The first
    /// letter must agree and the skeleton must have at least three consonants.
    static func sameConsonants(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.first == b.first, abs(a.count - b.count) <= 2 else { return false }
        func skeleton(_ t: [UInt8]) -> [UInt8] {
            t.enumerated().compactMap { k, c in k > 0 && (c == 65 || c == 69 || c == 73 || c == 79 || c == 85) ? nil : c }
        }
        let sa = skeleton(a)
        return sa.count >= 3 && sa == skeleton(b)
    }
}
