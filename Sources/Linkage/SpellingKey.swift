/// Folds the spelling variants of one Indonesian name token into a single key, so that
/// "DJOKO" and "JOKO", "SOEHARTO" and "SUHARTO", "ACHMAD" and "AHMAD", "FAIZAL" and "FAISAL"
/// compare equal. The key is for matching only; it is never shown to a user.
///
/// The rules are general facts of Indonesian writing, applied in order:
/// 1. pre-1972 spelling (Van Ophuijsen / Soewandi) to EYD: oe→u, dj→j, tj→c, sj→sy, nj→ny, ch→kh;
/// 2. old "j" for today's "y" cannot be told from a real "j", so j and y share one symbol;
/// 3. letters that Arabic- and Dutch-derived names spell freely: kh/h, q/k, f/p/v, z/s, sy/s,
///    th/t, dh/d, x/ks, ae/ai;
/// 4. a silent h before a consonant or at the end (Ahmad/Amad, Fatimah/Fatima) is dropped;
/// 5. y at the end is a vowel (y/i), the glide in "ia" is written (ia/iya), and doubled letters
///    are written singly.
public enum SpellingKey {
    /// The key of one token given as uppercase ASCII letters.
    public static func key(_ token: String) -> String {
        String(decoding: key(bytes: Array(token.utf8)), as: UTF8.self)
    }

    static func key(bytes s: [UInt8]) -> [UInt8] {
        let A = UInt8(ascii: "A")
        func isVowel(_ c: UInt8) -> Bool { c == A || c == 69 || c == 73 || c == 79 || c == 85 }
        var a: [UInt8] = []
        a.reserveCapacity(s.count)
        var i = 0
        // Step 1 and 3: digraphs first, then single letters.
        while i < s.count {
            let c = s[i]
            let n: UInt8 = i + 1 < s.count ? s[i + 1] : 0
            switch (c, n) {
            case (79, 69): a.append(85); i += 2; continue              // OE → U
            case (68, 74): a.append(89); i += 2; continue              // DJ → J, and J → Y below
            case (68, 90): a.append(83); i += 2; continue              // DZ → Z → S
            case (84, 74): a.append(67); i += 2; continue              // TJ → C
            case (83, 74), (83, 89), (83, 72): a.append(83); i += 2; continue // SJ, SY, SH → S
            case (78, 74): a.append(78); a.append(89); i += 2; continue // NJ → NY
            case (67, 72), (75, 72): a.append(72); i += 2; continue     // CH, KH → H
            case (84, 72): a.append(84); i += 2; continue              // TH → T
            case (68, 72): a.append(68); i += 2; continue              // DH → D
            case (80, 72): a.append(80); i += 2; continue              // PH → P
            case (65, 69): a.append(65); a.append(73); i += 2; continue // AE → AI
            default: break
            }
            switch c {
            case 81: a.append(75)                       // Q → K
            case 70, 86: a.append(80)                   // F, V → P
            case 90: a.append(83)                       // Z → S
            case 88: a.append(75); a.append(83)         // X → KS
            case 74: a.append(89)                       // J → Y (old j is today's y)
            default: a.append(c)
            }
            i += 1
        }
        // Step 4 and 5: silent h, vowel y, doubled letters.
        var out: [UInt8] = []
        out.reserveCapacity(a.count)
        for (k, c) in a.enumerated() {
            let prev: UInt8 = k > 0 ? a[k - 1] : 0
            let next: UInt8 = k + 1 < a.count ? a[k + 1] : 0
            var c = c
            if c == 72, k > 0, next == 0 || !isVowel(next) { continue }
            if c == 72, k > 0, !isVowel(prev) { continue }
            // y ending a word, or before a consonant, is the vowel i (Rizky/Rizki); i before a is
            // written with or without y (Komariah/Komariyah), so that glide is always written.
            if c == 89, k > 0, next == 0 || !isVowel(next) { c = 73 }
            if c == 65, prev == 73, out.last == 73 { out.append(89) }
            if c == 73, out.last == 73 { continue }
            if let last = out.last, last == c { continue }
            out.append(c)
        }
        return out
    }
}
