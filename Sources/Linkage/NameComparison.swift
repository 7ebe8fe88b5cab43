/// Compares two names token by token, in any order: exact spelling keys first, then
/// near spellings (Jaro–Winkler ≥ 0.88, after the spelling key has already folded the usual
/// variants), initials ("A." for "AGUS"), and nicknames, which in Indonesia are the head or the
/// tail of the name ("Tinus" for Agustinus, "Yohan" for Yohanes).
struct NameComparison {
    var level: Int
    /// Share of records that would agree this well by chance: the frequency of the whole name
    /// for an exact match, else the product of the matched tokens' frequencies.
    var share: Double

    static let similarSpelling = 0.88

    static func compare(_ a: [Int32], _ b: [Int32], _ ctx: ComparisonContext) -> NameComparison? {
        guard !a.isEmpty, !b.isEmpty, a.count <= 32, b.count <= 32 else { return nil }
        var usedA: UInt32 = 0, usedB: UInt32 = 0
        var share = 1.0
        var exact = 0, fuzzy = 0
        for i in a.indices {
            for j in b.indices where usedB & (1 << j) == 0 && a[i] == b[j] {
                usedA |= 1 << i; usedB |= 1 << j; exact += 1
                share *= ctx.tokenShare(a[i])
                break
            }
        }
        if exact < min(a.count, b.count) {
            for i in a.indices where usedA & (1 << i) == 0 {
                let ka = ctx.tokenKey(a[i])
                var best = 0.0, bestJ = -1, bestShare = 1.0
                for j in b.indices where usedB & (1 << j) == 0 {
                    let kb = ctx.tokenKey(b[j])
                    let (score, s) = similarity(ka, a[i], kb, b[j], ctx)
                    if score > best { best = score; bestJ = j; bestShare = s }
                }
                if bestJ >= 0 { usedA |= 1 << i; usedB |= 1 << bestJ; fuzzy += 1; share *= bestShare }
            }
        }
        let matched = exact + fuzzy
        let level: Int
        if matched == a.count && matched == b.count {
            level = fuzzy == 0 ? 4 : 3
        } else if matched == min(a.count, b.count) {
            level = 2
        } else {
            level = matched > 0 ? 1 : 0
        }
        return NameComparison(level: level, share: min(1, share))
    }

    /// How alike two different tokens are (0 when not alike) and the chance share to use.
    private static func similarity(_ ka: [UInt8], _ ia: Int32, _ kb: [UInt8], _ ib: Int32,
                                   _ ctx: ComparisonContext) -> (Double, Double) {
        if ka.count == 1 || kb.count == 1 {
            // An initial agrees with any name it begins; about one name in twelve shares a letter.
            return ka[0] == kb[0] ? (0.7, 0.08) : (0, 1)
        }
        let jw = JaroWinkler.similarity(ka, kb)
        if jw >= similarSpelling || TokenSimilarity.oneEdit(ka, kb) || TokenSimilarity.sameConsonants(ka, kb) {
            return (max(jw, 0.85), min(1, 2 * max(ctx.tokenShare(ia), ctx.tokenShare(ib))))
        }
        let (short, long, sid, lid) = ka.count < kb.count ? (ka, kb, ia, ib) : (kb, ka, ib, ia)
        if short.count >= 3, long.count >= short.count + 2,
           long.starts(with: short) || long.reversed().starts(with: short.reversed()) {
            // A rare short form (often a typo of one) must not count as a rare name: a random
            // record matches it at least as often as it carries the full name it shortens.
            return (0.6, min(1, max(4 * ctx.tokenShare(sid), ctx.tokenShare(lid))))
        }
        return (0, 1)
    }

    /// Compares own names, and also each side's aliases against the other's names, keeping
    /// the closest agreement.
    static func compare(_ pa: UnsafePointer<PreparedPerson>, _ pb: UnsafePointer<PreparedPerson>, _ ctx: ComparisonContext) -> NameComparison? {
        guard var best = compare(pa.pointee.tokens, pb.pointee.tokens, ctx) else { return nil }
        if !pa.pointee.alias.isEmpty || !pb.pointee.alias.isEmpty,
           let other = compare(pa.pointee.tokens + pa.pointee.alias, pb.pointee.tokens + pb.pointee.alias, ctx),
           other.level > best.level {
            best = other
        }
        return best
    }
}
