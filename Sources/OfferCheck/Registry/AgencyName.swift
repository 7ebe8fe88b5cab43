import Foundation

/// Company names in the form they are compared in: lower case, no accents, punctuation read as
/// spaces, "P.T." joined to "pt", and the legal-form words "PT", "(Persero)" and "Tbk" dropped,
/// so "P.T. Maju-Jaya (Persero) Tbk." and "maju jaya" are the same name.
enum AgencyName {
    static let legalFormWords: Set<String> = ["pt", "persero", "tbk"]

    static func normalised(_ raw: String) -> String {
        let folded = raw.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var cleaned = String.UnicodeScalarView()
        for s in folded.unicodeScalars {
            let isWordScalar = ("a"..."z").contains(s) || ("0"..."9").contains(s) || (s.value > 127 && s.properties.isAlphabetic)
            cleaned.append(isWordScalar ? s : " ")
        }
        // "P.T." became "p t": single letters in a row are one abbreviation.
        var tokens: [String] = []
        var letters = ""
        for t in String(cleaned).split(separator: " ") {
            if t.count == 1, t.first!.isLetter { letters += t; continue }
            if !letters.isEmpty { tokens.append(letters); letters = "" }
            tokens.append(String(t))
        }
        if !letters.isEmpty { tokens.append(letters) }
        let kept = tokens.filter { !legalFormWords.contains($0) }
        // A name that is only legal-form words ("PT") keeps them rather than becoming empty.
        return (kept.isEmpty ? tokens : kept).joined(separator: " ")
    }

    /// The distinct trigrams of a normalised name, padded so word starts and ends count.
    static func trigrams(_ name: String) -> [UInt32] {
        let bytes: [UInt8] = [32, 32] + Array(name.utf8) + [32]
        guard bytes.count >= 3 else { return [] }
        var out = Set<UInt32>()
        for i in 0...(bytes.count - 3) {
            out.insert(UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]))
        }
        return Array(out)
    }

    /// Levenshtein distance over bytes, in two rows.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension LicensedAgency {
    /// The name in the form names are compared in (``AgencyRegistry/matches(name:limit:minimumScore:)``).
    public var normalisedName: String { AgencyName.normalised(name) }

    /// The SIP3MI number in the form numbers are compared in: upper case, no spaces.
    public var licenceKey: String { LicenceNumber.normalised(licenceNumber) }
}
