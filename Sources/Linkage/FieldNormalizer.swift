import Cases

/// Normalises the short fields of a record: sex codes, phone numbers, places of birth.
public enum FieldNormalizer {
    /// Reads the sex codes agencies use (L/P, LAKI-LAKI/PEREMPUAN, PRIA/WANITA, M/F, ...).
    public static func sex(_ raw: String) -> NIK.Sex? {
        // Letters only, uppercase, read as bytes: this runs once per record.
        let s = String(decoding: raw.utf8.compactMap { b -> UInt8? in
            b >= 97 && b <= 122 ? b - 32 : (b >= 65 && b <= 90 ? b : nil)
        }, as: UTF8.self)
        switch s {
        case "L", "LK", "LAKILAKI", "LAKI", "PRIA", "M", "MALE", "MAN", "COWOK": return .male
        case "P", "PR", "PEREMPUAN", "WANITA", "W", "F", "FEMALE", "WOMAN", "CEWEK": return .female
        default: return nil
        }
    }

    /// An Indonesian phone number as its national significant digits ("81234567890"), whether it
    /// was written +62…, 62…, 0… or with spaces and dashes. Nil when it cannot be a phone number.
    public static func phone(_ raw: String) -> String? {
        var d = raw.utf8.filter { $0 >= 48 && $0 <= 57 }[...]
        if d.starts(with: [54, 50]), d.count >= 10 { d = d.dropFirst(2) }
        while d.first == 48 { d = d.dropFirst() }
        guard (7...13).contains(d.count) else { return nil }
        return String(decoding: d, as: UTF8.self)
    }

    /// A place of birth without the administrative words around it ("KAB.", "KOTA",
    /// "KOTAMADYA", "KABUPATEN"), each word in spelling-key form so old spelling and the
    /// new agree ("KOTAMADYA SOERAKARTA" → "SURAKARTA").
    public static func place(_ raw: String) -> String? {
        // A long administrative word typed with a slip ("KABUATEN") is still that word; short
        // ones are not matched loosely, since one edit from "KOTA" is a place name.
        let words = NameLexer.words(raw).map(\.text).filter { w in
            !administrativeWords.contains(w)
                && !(w.count >= 7 && longAdministrativeWords.contains { TokenSimilarity.oneEdit(Array(w.utf8), $0) })
        }
        guard !words.isEmpty else { return nil }
        return words.map(SpellingKey.key).joined(separator: " ")
    }

    private static let administrativeWords: Set<String> = [
        "KAB", "KABUPATEN", "KOTA", "KOTAMADYA", "KOTIF", "ADM", "ADMINISTRASI", "KEC", "KECAMATAN",
        "PROV", "PROVINSI", "DI", "DKI",
    ]
    private static let longAdministrativeWords: [[UInt8]] = ["KABUPATEN", "KOTAMADYA", "KECAMATAN", "PROVINSI", "ADMINISTRASI"].map { Array($0.utf8) }
}
