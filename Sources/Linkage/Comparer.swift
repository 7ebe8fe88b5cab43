/// What comparing two prepared records needs beyond the records: the interned values and their
/// frequencies, plus the token keys of a query that the vocabulary does not know.
struct ComparisonContext: Sendable {
    var vocabulary: LinkageVocabulary
    /// Keys of tokens with ids -2, -3, … (unknown to the vocabulary).
    var extraTokens: [[UInt8]] = []

    func tokenKey(_ id: Int32) -> [UInt8] {
        id >= 0 ? vocabulary.tokens.vocabulary.keys[Int(id)] : extraTokens[Int(-id - 2)]
    }
    func tokenShare(_ id: Int32) -> Double { vocabulary.tokens.share(id) }

    /// Compares two records field by field. The records are read in place through pointers:
    /// copying one costs a reference count per field, which over tens of millions of pairs
    /// was most of the time.
    func compare(_ pa: UnsafePointer<PreparedPerson>, _ pb: UnsafePointer<PreparedPerson>) -> PairComparison {
        var out = PairComparison()
        if let n = NameComparison.compare(pa, pb, self) {
            out.vector[.name] = n.level
            out.nameShare = n.level == 4 && pa.pointee.fullName >= 0 && pa.pointee.fullName == pb.pointee.fullName
                ? vocabulary.names.share(pa.pointee.fullName) : n.share
            // Name tokens are not independent: given names and family or clan names go together
            // by region and religion, so the product of the tokens' frequencies understates how
            // many strangers share them. At least as many records as carry the shorter whole name
            // (for spelling variants, either whole name) hold all of its tokens.
            if n.level == 2 || n.level == 3 {
                let na = pa.pointee.tokens.count, nb = pb.pointee.tokens.count
                if na <= nb, pa.pointee.fullName >= 0 { out.nameShare = max(out.nameShare, vocabulary.names.share(pa.pointee.fullName)) }
                if nb <= na, pb.pointee.fullName >= 0 { out.nameShare = max(out.nameShare, vocabulary.names.share(pb.pointee.fullName)) }
            }
        }
        out.vector[.nik] = Self.nikLevel(pa.pointee.nik, pb.pointee.nik)
        // NIKs that differ only in the serial are a typo or twins (the NIK holds the birth
        // date, and a household is registered together); twins have different names.
        if out.vector[.nik] == 2, (out.vector[.name] ?? 0) <= 1 { out.vector[.nik] = 1 }
        if let (d, id) = Self.bestDateLevel(pa, pb) {
            out.vector[.birthDate] = d
            if d == Self.identicalDate {
                out.dateShare = vocabulary.dates.share(id)
                // Strangers who share a name were likely born in the years that name was in
                // fashion: the date is as rare as it is among people of that name.
                let year = id == pa.pointee.dobID ? pa.pointee.dob.year : pa.pointee.altDob.year
                var lift = 1.0
                for t in pa.pointee.tokens where pb.pointee.tokens.contains(t) {
                    if let l = vocabulary.yearLift(token: t, year: year) { lift = max(lift, l) }
                }
                out.dateShare = min(1, out.dateShare * lift)
            }
        }
        if pa.pointee.sex != 0, pb.pointee.sex != 0 { out.vector[.sex] = pa.pointee.sex == pb.pointee.sex ? 1 : 0 }
        if pa.pointee.phone != -1, pb.pointee.phone != -1 {
            let same = pa.pointee.phone >= 0 && pa.pointee.phone == pb.pointee.phone
            if same {
                out.vector[.phone] = 2
                out.phoneShare = vocabulary.phones.share(pa.pointee.phone)
            } else if pa.pointee.phone >= 0, pb.pointee.phone >= 0 {
                out.vector[.phone] = Self.phoneLevel(vocabulary.phones.vocabulary.keys[Int(pa.pointee.phone)],
                                                     vocabulary.phones.vocabulary.keys[Int(pb.pointee.phone)])
            } else {
                out.vector[.phone] = 0
            }
        }
        if pa.pointee.place != -1, pb.pointee.place != -1 {
            if pa.pointee.place >= 0 && pa.pointee.place == pb.pointee.place {
                out.vector[.birthPlace] = 2
                out.placeShare = vocabulary.places.share(pa.pointee.place)
                // With a shared name token, how common the place is among people of that name.
                for t in pa.pointee.tokens where pb.pointee.tokens.contains(t) {
                    if let s = vocabulary.placeShare(token: t, place: pa.pointee.place) { out.placeShare = max(out.placeShare, s) }
                }
            } else if pa.pointee.place >= 0, pb.pointee.place >= 0 {
                let similar = Self.placesAlike(vocabulary.places.vocabulary.keys[Int(pa.pointee.place)],
                                               vocabulary.places.vocabulary.keys[Int(pb.pointee.place)])
                out.vector[.birthPlace] = similar ? 1 : 0
            } else {
                out.vector[.birthPlace] = 0
            }
        }
        if !pa.pointee.father.isEmpty, !pb.pointee.father.isEmpty, let f = NameComparison.compare(pa.pointee.father, pb.pointee.father, self) {
            out.vector[.father] = f.level >= 2 ? 1 : 0
        }
        // One record's NIK region against the other's place of birth, when the two places of
        // birth cannot be compared directly.
        if out.vector[.birthPlace] == nil {
            for (n, p) in [(pa, pb), (pb, pa)] {
                guard let r = NIKReading.regency(n.pointee.nik),
                      let fits = vocabulary.placeFits(region: r, place: p.pointee.place) else { continue }
                out.vector[.region] = fits ? 1 : 0
                // As for places of birth: how common that place is among people of the name.
                if fits {
                    out.regionShare = vocabulary.places.share(p.pointee.place)
                    for t in n.pointee.tokens where p.pointee.tokens.contains(t) {
                        if let s = vocabulary.placeShare(token: t, place: p.pointee.place) { out.regionShare = max(out.regionShare, s) }
                    }
                }
                break
            }
        }
        if pa.pointee.birthOrder != 0, pb.pointee.birthOrder != 0 { out.vector[.birthOrder] = pa.pointee.birthOrder == pb.pointee.birthOrder ? 1 : 0 }
        // An agency seldom holds one person twice, or often does when it does not deduplicate:
        // EM learns which from the data, in either direction.
        if pa.pointee.source != -1, pb.pointee.source != -1 {
            out.vector[.source] = pa.pointee.source >= 0 && pa.pointee.source == pb.pointee.source ? 1 : 0
        }
        return out
    }

    /// NIK levels. A digit typed wrong, two digits swapped or one dropped is a typing error;
    /// a difference confined to the last four digits (the serial) is also what two members of
    /// one household registered together look like, so it is a level of its own.
    static func nikLevel(_ a: [UInt8], _ b: [UInt8]) -> Int? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        if a == b { return 4 }
        if a.count == b.count {
            var diffs: [Int] = []
            for i in a.indices where a[i] != b[i] { diffs.append(i); if diffs.count > 4 { break } }
            if diffs.count == 1 { return diffs[0] < 12 ? 3 : 2 }
            if diffs.count == 2, diffs[1] == diffs[0] + 1, a[diffs[0]] == b[diffs[1]], a[diffs[1]] == b[diffs[0]] { return 3 }
            if diffs.count <= 4, diffs[0] >= 12 { return 2 }
        } else if abs(a.count - b.count) == 1 {
            let (s, l) = a.count < b.count ? (a, b) : (b, a)
            var i = 0
            while i < s.count, s[i] == l[i] { i += 1 }
            if s[i...].elementsEqual(l[(i + 1)...]) { return 3 }
        }
        return a.count >= 6 && b.count >= 6 && a.prefix(6) == b.prefix(6) ? 1 : 0
    }

    /// Birth-date levels, from far apart to identical. Two full dates that differ by one typing
    /// slip are closer than dates that merely share two of their parts (strangers born in the
    /// same month of the same year are common). A year-only date can only agree on the
    /// year, or be one year off (as a year computed from a stated age often is); a placeholder
    /// day and month that the other date does not repeat counts as a year only. Dates more
    /// than five years apart are another person, whatever the rest says about falsified papers.
    static func dateLevel(_ a: BirthDate, _ b: BirthDate, placeholder: Bool = false) -> Int? {
        guard a.year > 0, b.year > 0 else { return nil }
        let years = abs(a.year - b.year)
        if years > 5 { return 0 }
        if a.isFull && b.isFull && (!placeholder || a == b) {
            if a == b { return identicalDate }
            if a.swapped == b { return 5 }
            return a.oneSlipFrom(b) ? 4 : 1
        }
        return years == 0 ? 3 : (years == 1 ? 2 : 1)
    }

    static let identicalDate = 6

    /// Phone levels for two different numbers (national digits): one digit typed wrong,
    /// dropped or two exchanged is a slip, since strangers' numbers almost never come this close.
    static func phoneLevel(_ a: [UInt8], _ b: [UInt8]) -> Int {
        TokenSimilarity.oneEdit(a, b) ? 1 : 0
    }

    /// Whether two different places of birth (normalised) are one place mistyped. A typing
    /// slip, not a resemblance: regencies that share a name and differ in a compass word
    /// (Lombok Barat and Lombok Timur, Tapanuli Utara and Tapanuli Selatan, Sumba Barat and
    /// Sumba Barat Daya) look alike to Jaro–Winkler but are other places.
    static func placesAlike(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        TokenSimilarity.oneEdit(a, b)
    }

    /// The closest date level over both records' readings (the written date and, when it
    /// disagrees, the NIK's), with the id of the date that agreed.
    static func bestDateLevel(_ pa: UnsafePointer<PreparedPerson>, _ pb: UnsafePointer<PreparedPerson>) -> (Int, Int32)? {
        // Read in place: copying a record costs reference counts on its arrays.
        let a = pa.pointee.dob, b = pb.pointee.dob, aa = pa.pointee.altDob, ab = pb.pointee.altDob
        let pha = pa.pointee.dobPlaceholder, phb = pb.pointee.dobPlaceholder
        var best = dateLevel(a, b, placeholder: pha || phb).map { ($0, pa.pointee.dobID) }
        guard aa.year > 0 || ab.year > 0 else { return best }
        func consider(_ x: BirthDate, _ y: BirthDate, _ placeholder: Bool, _ id: Int32) {
            guard x.year > 0, y.year > 0, let l = dateLevel(x, y, placeholder: placeholder), l > (best?.0 ?? -1) else { return }
            best = (l, id)
        }
        let paa = pa.pointee.altDobPlaceholder, pab = pb.pointee.altDobPlaceholder
        consider(aa, b, paa || phb, pa.pointee.altDobID)
        consider(a, ab, pha || pab, pa.pointee.dobID)
        consider(aa, ab, paa || pab, pa.pointee.altDobID)
        return best
    }
}
