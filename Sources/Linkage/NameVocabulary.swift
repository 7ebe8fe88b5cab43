/// Words that are part of how Indonesian names are written but are not the person's own name:
/// honorifics, academic degrees, kinship and birth-order markers. These are conventions of the
/// language and of civil registration, not a list of given names.
enum NameVocabulary {
    /// Religious and academic titles, compared without their dots ("S.H." → "SH").
    static let titles: Set<String> = [
        "H", "HJ", "HAJI", "HAJAH", "KH", "KYAI", "USTADZ", "USTAD", "USTADZAH",
        "DR", "DRS", "DRA", "IR", "PROF", "SH", "SE", "SPD", "SPDI", "SAG", "SSOS", "SKOM", "SKM",
        "SST", "SIP", "SSI", "STP", "SKEP", "SKED", "SHI", "SHUM", "AMD", "AMKEP", "MM", "MSI",
        "MPD", "MH", "MKES", "MAG", "MT", "ST", "BA", "BSC", "MBA", "PHD", "SPOG", "SPA",
    ]
    /// Titles that are also plausible name tokens; dropped only when written with a dot or
    /// in the first position (as "H" for Haji).
    static let ambiguousTitles: Set<String> = ["H", "ST", "SE", "MM", "MT", "BA", "SH", "DR"]
    /// Titles that tell the holder's sex: Hajah and Hj. are women, Haji and H. are men.
    static let femaleTitles: Set<String> = ["HJ", "HAJAH", "USTADZAH"]
    static let maleTitles: Set<String> = ["H", "HAJI", "KH", "KYAI"]

    /// "bin" (son of) and "binti" (daughter of), with their abbreviations; what follows is the
    /// father's name.
    static let sonOf: Set<String> = ["BIN", "B"]
    static let daughterOf: Set<String> = ["BINTI", "BT", "BINT"]
    /// Markers that introduce another name the person is known by.
    static let aliasMarkers: Set<String> = ["ALIAS", "ALS", "AKA", "@"]
    /// Batak "boru" (daughter of the clan) before a woman's clan name.
    static let boru: Set<String> = ["BR", "BORU", "BOR"]

    /// Balinese birth-order names: first, second, third, fourth child (the cycle repeats).
    /// Written out or abbreviated on KTPs.
    static let balineseOrder: [String: UInt8] = [
        "WAYAN": 1, "PUTU": 1, "GEDE": 1, "WY": 1, "PT": 1, "GD": 1,
        "MADE": 2, "KADEK": 2, "NENGAH": 2, "MD": 2, "KD": 2, "NGH": 2,
        "NYOMAN": 3, "KOMANG": 3, "NYM": 3, "KMG": 3,
        "KETUT": 4, "KT": 4,
    ]
    /// Balinese sex markers: "I" for a man, "Ni" for a woman, "Luh" (often "Ni Luh") for a woman.
    static let balineseMale: Set<String> = ["I"]
    static let balineseFemale: Set<String> = ["NI", "LUH", "L"]
    /// Balinese caste titles written before the name (Ida Bagus, Ida Ayu, Anak Agung, Gusti).
    static let balineseCaste: [[String]] = [
        ["IDA", "BAGUS"], ["IDA", "AYU"], ["ANAK", "AGUNG"], ["I", "GUSTI"], ["GUSTI", "AYU"],
        ["GUSTI", "NGURAH"], ["GUSTI", "BAGUS"], ["COKORDA"], ["DESAK"],
    ]

    /// Written short forms of Muhammad (Moch., Moh., Muh., Mhd., M.) and of a few other
    /// Arabic-derived names that registration clerks abbreviate.
    static let muhammadShort: Set<String> = ["M", "MOCH", "MOH", "MUH", "MHD", "MOHD", "MUHD", "MUCH", "MOCHD"]
    static let abbreviations: [String: String] = ["ABD": "ABDUL", "ST": "SITI"]

    /// Whether a token is a full spelling of Muhammad (Muhamad, Mochammad, Moehammad, Muhammed,
    /// Mohamed, ...): M, vowels, an h written as h/ch/kh or left out, a vowel, m, a vowel, d or t.
    static func isMuhammad(_ t: [UInt8]) -> Bool {
        guard t.count >= 6, t[0] == 77 else { return false }
        var i = 1
        func skip(_ set: StaticString, min: Int) -> Bool {
            let start = i
            while i < t.count, UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount).contains(t[i]) { i += 1 }
            return i - start >= min
        }
        return skip("AEIOU", min: 1) && skip("CHK", min: 0) && skip("AEIOU", min: 1)
            && skip("M", min: 1) && skip("AEIOU", min: 1) && skip("DT", min: 1) && i == t.count
    }
}
