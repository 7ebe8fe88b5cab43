/// The values all prepared records share, interned with their frequencies.
struct LinkageVocabulary: Sendable {
    var tokens = TermFrequency()
    var names = TermFrequency()
    var phones = TermFrequency()
    var places = TermFrequency()
    var dates = TermFrequency()
    /// The agencies that hold records (only whether two records share one is compared).
    var sources = Vocabulary()
    /// Day-months (month × 100 + day) far more common than a birthday can be by chance:
    /// the 1 January, 31 December or 1 July that clerks write when the day is unknown.
    /// Found from the data, not assumed.
    var placeholderDays: Set<Int> = []
    /// How many records hold each (name token, place of birth) pair. Names are regional in
    /// Indonesia (Sundanese, Batak, Sasak, Bugis names cluster in their homelands), so two
    /// strangers named alike share a birthplace far more often than two strangers at large;
    /// these counts say how often.
    var tokenPlaces: [UInt64: Int32] = [:]
    /// How many records hold each (NIK kabupaten/kota, place of birth) pair, and each NIK
    /// kabupaten/kota. Most people are registered where they were born; these counts learn
    /// which written place each region code stands for, with no table of codes to maintain.
    var regionPlaces: [UInt64: Int32] = [:]
    var regions: [UInt32: Int32] = [:]
    /// How many records hold each (name token, birth year) pair, and (token << 16) how many
    /// records with the token have a birth year; `years` counts records per birth year (0: all
    /// with a year). Given names follow fashions (names of the 1970s are not those of the
    /// 2000s), so two strangers of one name are born in the same year far more often than two
    /// strangers at large, and a shared birth date says less about them.
    var tokenYears: [UInt64: Int32] = [:]
    var years: [Int: Int32] = [:]

    /// How much more often a record holding `token` was born in `year` than a record at large
    /// (at least 1; nil when the token has too few records with a year to tell).
    func yearLift(token: Int32, year: Int) -> Double? {
        guard token >= 0, year > 0, let n = tokenYears[UInt64(token) << 16], n >= 20,
              let k = tokenYears[UInt64(token) << 16 | UInt64(year)], let y = years[year], let all = years[0] else { return nil }
        return max(1, (Double(max(k - 1, 1)) / Double(n - 1)) / (Double(y) / Double(all)))
    }

    /// Whether a place of birth is one that records of this NIK region commonly give
    /// (nil when the region has too few records to tell).
    func placeFits(region: UInt32, place: Int32) -> Bool? {
        guard place >= 0, let n = regions[region], n >= 5 else { return nil }
        let k = regionPlaces[UInt64(region) << 32 | UInt64(place)] ?? 0
        return Double(k) / Double(n) >= 0.2
    }

    /// The chance that another record holding `token` was born in `place`, leaving one record out.
    func placeShare(token: Int32, place: Int32) -> Double? {
        guard token >= 0, place >= 0, Int(token) < tokens.vocabulary.size else { return nil }
        let n = Int(tokens.vocabulary.counts[Int(token)])
        guard n >= 3, let k = tokenPlaces[UInt64(token) << 32 | UInt64(place)] else { return nil }
        return Double(max(Int(k) - 1, 1)) / Double(n - 1)
    }

    /// Finds the placeholder day-months: any held by more than four times its fair share
    /// (1/366) of full birth dates.
    mutating func findPlaceholderDays(_ persons: [PreparedPerson]) {
        var counts = [Int](repeating: 0, count: 1300)
        var total = 0
        for p in persons where p.dob.isFull { counts[p.dob.month * 100 + p.dob.day] += 1; total += 1 }
        guard total >= 1000 else { return }
        placeholderDays = Set(counts.indices.filter { Double(counts[$0]) > 4 * Double(total) / 366 })
    }

    /// Interns a parsed record (counting its values) and returns it prepared.
    mutating func add(_ p: ParsedPerson) -> PreparedPerson {
        var out = PreparedPerson()
        func tok(_ s: String) -> Int32 { tokens.vocabulary.intern(s) }
        out.tokens = p.name.tokens.map(tok)
        out.alias = p.name.alias.map(tok)
        out.father = p.name.father.map(tok)
        for t in Set(out.tokens + out.alias) { tokens.vocabulary.count(t) }
        let ownTokens = Set(out.tokens)
        if !out.tokens.isEmpty {
            let full = p.name.tokens.sorted().joined(separator: " ")
            out.fullName = names.vocabulary.intern(full)
            names.vocabulary.count(out.fullName)
        }
        out.birthOrder = Int8(p.name.birthOrder ?? 0)
        out.sex = p.sex
        out.nik = p.nik.digits
        if let d = p.dob {
            out.dob = d
            if d.isFull { out.dobID = dates.vocabulary.intern(d.packed); dates.vocabulary.count(out.dobID) }
            if d.year > 0, d.year < 1 << 16 {
                years[d.year, default: 0] += 1
                years[0, default: 0] += 1
                for t in ownTokens {
                    tokenYears[UInt64(t) << 16 | UInt64(d.year), default: 0] += 1
                    tokenYears[UInt64(t) << 16, default: 0] += 1
                }
            }
        }
        if let d = p.altDob {
            out.altDob = d
            out.altDobID = dates.vocabulary.intern(d.packed); dates.vocabulary.count(out.altDobID)
        }
        if let ph = p.phone { out.phone = phones.vocabulary.intern(ph); phones.vocabulary.count(out.phone) }
        if let s = p.source { out.source = sources.intern(s) }
        if let pl = p.place {
            out.place = places.vocabulary.intern(pl); places.vocabulary.count(out.place)
            for t in ownTokens { tokenPlaces[UInt64(t) << 32 | UInt64(out.place), default: 0] += 1 }
            if let r = p.nik.regencyKey {
                regions[r, default: 0] += 1
                regionPlaces[UInt64(r) << 32 | UInt64(out.place), default: 0] += 1
            }
        }
        for tf in [\LinkageVocabulary.tokens, \.names, \.phones, \.places, \.dates] { self[keyPath: tf].records += 1 }
        return out
    }
}

extension LinkageVocabulary {
    /// Prepares a query record against this vocabulary without changing it: a value the
    /// vocabulary does not hold gets an id no record has (tokens keep their keys aside for
    /// spelling comparison, in `extraTokens`, as ids -2, -3, …).
    func prepareQuery(_ p: ParsedPerson) -> (PreparedPerson, extraTokens: [[UInt8]]) {
        var out = PreparedPerson()
        var extra: [[UInt8]] = []
        func tok(_ s: String) -> Int32 {
            if let id = tokens.vocabulary.lookup(s) { return id }
            extra.append(Array(s.utf8))
            return Int32(-1 - extra.count)
        }
        out.tokens = p.name.tokens.map(tok)
        out.alias = p.name.alias.map(tok)
        out.father = p.name.father.map(tok)
        if !p.name.tokens.isEmpty { out.fullName = names.vocabulary.lookup(p.name.tokens.sorted().joined(separator: " ")) ?? -2 }
        out.birthOrder = Int8(p.name.birthOrder ?? 0)
        out.sex = p.sex
        out.nik = p.nik.digits
        if let d = p.dob {
            out.dob = d
            if d.isFull {
                out.dobID = dates.vocabulary.lookup(d.packed) ?? -2
                out.dobPlaceholder = placeholderDays.contains(d.month * 100 + d.day)
            }
        }
        if let d = p.altDob {
            out.altDob = d
            out.altDobID = dates.vocabulary.lookup(d.packed) ?? -2
            out.altDobPlaceholder = placeholderDays.contains(d.month * 100 + d.day)
        }
        if let ph = p.phone { out.phone = phones.vocabulary.lookup(ph) ?? -2 }
        if let pl = p.place { out.place = places.vocabulary.lookup(pl) ?? -2 }
        if let s = p.source { out.source = sources.lookup(s) ?? -2 }
        return (out, extra)
    }
}
