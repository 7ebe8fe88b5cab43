/// Chooses which record pairs to compare. Comparing all pairs of a million records is 5×10¹¹
/// comparisons; instead, records that share a blocking key are compared. The keys are chosen
/// so that a true pair almost always shares one even when several fields are damaged: parts of
/// the NIK (a single wrong digit leaves two of three parts intact), the phone, each name token
/// with the birth date (day and month in either order), pairs of name tokens with the birth
/// year, and pairs of name tokens alone. A key shared by too many records says little (a common
/// name) and would cost quadratic time, so such blocks are skipped: other keys still cover
/// those records.
struct Blocking: Sendable {
    /// Largest block (records sharing a key) that is still compared, per kind of key.
    var capIdentifier = 50
    var capPhone = 20
    var capNameDate = 60
    var capNameYear = 40
    var capNameOnly = 20
    var capPlace = 30

    enum Kind: UInt64 {
        case nik = 1, nikHead, nikTail, nikEnds, phone, tokenDate, tokensYear, tokensOnly, tokenPlace, datePlace
        case phonePart, affixDate
    }

    func cap(_ kind: Kind) -> Int {
        switch kind {
        case .nik, .nikHead, .nikTail, .nikEnds: capIdentifier
        case .phone, .phonePart: capPhone
        case .tokenDate, .affixDate: capNameDate
        case .tokensYear: capNameYear
        case .tokensOnly: capNameOnly
        case .tokenPlace, .datePlace: capPlace
        }
    }

    static func hash(_ kind: Kind, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = kind.rawValue &* 0x9E37_79B9_7F4A_7C15
        for v in [a, b, c] {
            h ^= v &+ 0x9E37_79B9_7F4A_7C15 &+ (h << 6) &+ (h >> 2)
            h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
        }
        return h ^ (h >> 29)
    }

    /// The blocking keys of one record, each with its kind.
    static func keys(_ p: PreparedPerson, _ ctx: ComparisonContext) -> [(Kind, UInt64)] {
        var out: [(Kind, UInt64)] = []
        let n = p.nik
        func num(_ r: some Sequence<UInt8>) -> UInt64 { r.reduce(0) { $0 &* 10 &+ UInt64($1) } }
        if n.count >= 15 { out.append((.nik, hash(.nik, num(n), UInt64(n.count)))) }
        if n.count == 16 {
            out.append((.nikHead, hash(.nikHead, num(n[0..<12]))))
            out.append((.nikTail, hash(.nikTail, num(n[6..<16]))))
            out.append((.nikEnds, hash(.nikEnds, num(n[0..<6]), num(n[12..<16]))))
        }
        if p.phone >= 0 {
            out.append((.phone, hash(.phone, UInt64(p.phone))))
            // A number typed with one digit wrong, dropped, added or two exchanged keeps its
            // first seven digits, its last seven, or its first four and last four.
            let d = ctx.vocabulary.phones.vocabulary.keys[Int(p.phone)]
            if d.count >= 9 {
                out.append((.phonePart, hash(.phonePart, 1, num(d.prefix(7)))))
                out.append((.phonePart, hash(.phonePart, 2, num(d.suffix(7)))))
                out.append((.phonePart, hash(.phonePart, 3, num(d.prefix(4)) &* 10_000 &+ num(d.suffix(4)))))
            }
        }
        // Initials are too unspecific to block on.
        let tokens = Array(Set(p.tokens + p.alias)).filter { $0 >= 0 && ctx.tokenKey($0).count > 1 }.sorted()
        let year = UInt64(p.dob.year), place = UInt64(bitPattern: Int64(p.place))
        // A nickname is the head or the tail of a name ("Tinus" for Agustinus, "Imah" for
        // Fatimah), so with a full birth date the first and last three letters of each token
        // bring a nickname-only record together with the full name.
        var affixes: Set<UInt64> = []
        let bytes = { (r: ArraySlice<UInt8>) in r.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        for t in tokens {
            let k = ctx.tokenKey(t)
            guard k.count >= 3 else { continue }
            affixes.insert(1 << 32 | bytes(k.prefix(3)))
            affixes.insert(2 << 32 | bytes(k.suffix(3)))
        }
        for d in [p.dob, p.altDob] where d.isFull {
            for t in tokens { out.append((.tokenDate, hash(.tokenDate, UInt64(t), d.swapInvariantKey))) }
            for a in affixes { out.append((.affixDate, hash(.affixDate, a, d.swapInvariantKey))) }
            if p.place >= 0 { out.append((.datePlace, hash(.datePlace, d.swapInvariantKey, place))) }
        }
        // Name-only keys are split by sex (a record of unknown sex joins both halves): common
        // names fill blocks fast, and sex is rarely wrong.
        for sex in p.sex == 0 ? [UInt64(1), 2] : [UInt64(p.sex)] {
            for t in tokens {
                let st = UInt64(t) << 2 | sex
                if year > 0 { out.append((.tokensYear, hash(.tokensYear, st, year))) }
                if p.place >= 0 { out.append((.tokenPlace, hash(.tokenPlace, st, place))) }
            }
            if tokens.count == 1 { out.append((.tokensOnly, hash(.tokensOnly, UInt64(tokens[0]) << 2 | sex))) }
            for i in tokens.indices {
                for j in tokens.indices where j > i {
                    let a = UInt64(tokens[i]) << 2 | sex, b = UInt64(tokens[j])
                    if year > 0 { out.append((.tokensYear, hash(.tokensYear, a, b, year))) }
                    out.append((.tokensOnly, hash(.tokensOnly, a, b)))
                }
            }
        }
        return out
    }
}
