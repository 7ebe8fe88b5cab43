/// Normalisers for the identifiers that are plain text: numbers, licence and plate codes,
/// handles, names and addresses.
enum IdentifierText {
    /// Digits only, with spaces, dots and dashes ignored (a NIB, "9120 0012 3456 7").
    static func digits(_ raw: String, length: ClosedRange<Int>) -> Result<String, IdentifierProblem> {
        var out = ""
        for ch in raw {
            if ch.isASCIIDigit { out.append(ch) } else if !" .-\t".contains(ch) { return .failure(.unexpectedCharacter(ch)) }
        }
        guard !out.isEmpty else { return .failure(.empty) }
        guard length.contains(out.count) else { return .failure(.wrongLength(out.count, expected: length)) }
        return .success(out)
    }

    /// A NIK: 16 digits whose 7th–12th encode the birth date (day + 40 for women).
    static func nik(_ raw: String) -> Result<String, IdentifierProblem> {
        digits(raw, length: 16...16).flatMap { n in
            let d = Array(n.utf8).map { Int($0) - 48 }
            let day = d[6] * 10 + d[7], month = d[8] * 10 + d[9]
            guard (1...31).contains(day > 40 ? day - 40 : day), (1...12).contains(month) else {
                return .failure(.impossibleDate)
            }
            return .success(n)
        }
    }

    /// Capitals and digits with spaces removed, plus the `extra` punctuation a code may hold:
    /// plates ("B 1234 XYZ" → "B1234XYZ"), licence and passport numbers.
    static func compact(_ raw: String, extra: Set<Character>, length: ClosedRange<Int>) -> Result<String, IdentifierProblem> {
        var out = ""
        for ch in raw.uppercased() {
            if ch.isASCIIAlphanumeric || extra.contains(ch) { out.append(ch) } else if ch != " " && ch != "\t" && !(extra.isEmpty && ch == "-") {
                return .failure(.unexpectedCharacter(ch))
            }
        }
        guard !out.isEmpty else { return .failure(.empty) }
        guard length.contains(out.count) else { return .failure(.wrongLength(out.count, expected: length)) }
        return .success(out)
    }

    /// A handle, lower-cased, without the leading @ or the profile address around it
    /// ("https://www.instagram.com/Nama.Akun/" → "nama.akun"). A WhatsApp account is its phone.
    static func handle(_ raw: String, on platform: SocialPlatform) -> Result<String, IdentifierProblem> {
        var s = raw.trimmingSpaces().lowercased()
        for scheme in ["https://", "http://"] where s.hasPrefix(scheme) { s.removeFirst(scheme.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        for host in platform.profileHosts where s.hasPrefix(host) {
            s.removeFirst(host.count)
            s = String(s.prefix(while: { $0 != "/" && $0 != "?" }))
        }
        if platform == .whatsapp { return PhoneNumber.e164(s) }
        if s.hasPrefix("@") { s.removeFirst() }
        guard !s.isEmpty else { return .failure(.empty) }
        let rule = platform.handleRule
        if let bad = s.first(where: { !($0.isASCIIAlphanumeric || rule.extra.contains($0)) }) { return .failure(.unexpectedCharacter(bad)) }
        guard rule.length.contains(s.count) else { return .failure(.wrongLength(s.count, expected: rule.length)) }
        return .success(s)
    }

    /// A name or address in capitals, punctuation dropped and words single-spaced, with the
    /// usual abbreviations written out so that "Jl. Mawar No.5" and "JALAN MAWAR NOMOR 5" agree.
    /// This is exact matching after normalising: two spellings of one street still differ.
    static func words(_ raw: String, kind: IdentifierKind) -> Result<String, IdentifierProblem> {
        var cleaned = ""
        for ch in raw.uppercased() {
            if ch.isLetter || ch.isNumber { cleaned.append(ch) } else if ch == "'" || ch == "’" { continue } else { cleaned.append(" ") }
        }
        // Single letters in a row come from a dotted abbreviation: "K.M." → "KM", "P.T." → "PT".
        var ws: [String] = []
        var letters = ""
        for w in cleaned.split(separator: " ").map(String.init) {
            if w.count == 1, w.first!.isLetter { letters += w; continue }
            if !letters.isEmpty { ws.append(letters); letters = "" }
            ws.append(w)
        }
        if !letters.isEmpty { ws.append(letters) }
        guard !ws.isEmpty else { return .failure(.empty) }
        let expansions = kind == .address ? addressWords : [:]
        return .success(ws.map { expansions[$0] ?? $0 }.joined(separator: " "))
    }

    static let addressWords = ["JL": "JALAN", "JLN": "JALAN", "GG": "GANG", "NO": "NOMOR", "KEC": "KECAMATAN",
                               "KAB": "KABUPATEN", "KEL": "KELURAHAN", "DS": "DESA", "PROV": "PROVINSI", "KOMP": "KOMPLEK"]
}

extension String {
    /// Without leading and trailing spaces and tabs. Most values have none: those are returned
    /// as they are, without building a new string (a link file has millions of fields).
    func trimmingSpaces() -> String {
        let u = utf8
        guard let f = u.first, let l = u.last, f == 32 || f == 9 || l == 32 || l == 9 else { return self }
        guard let start = u.firstIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        let end = u.lastIndex(where: { $0 != 32 && $0 != 9 })!
        return String(self[start...end])
    }
}
