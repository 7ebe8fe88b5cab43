/// Bank accounts as `bank code:account digits` ("014:1234567890").
///
/// The bank is typed first, as its 3-digit clearing code (sandi bank, Bank Indonesia) or one of
/// the short names below; the account number follows, with any separators. The table is kept
/// small on purpose: the banks that case files name most often. Any other bank is entered by its
/// code, so the table never has to be complete to be correct.
public enum BankCode {
    /// Short names → clearing code. Names are compared in capitals without spaces or dots, after
    /// dropping a leading "BANK".
    public static let byName: [String: String] = [
        "BRI": "002", "MANDIRI": "008", "BNI": "009", "DANAMON": "011", "PERMATA": "013",
        "BCA": "014", "MAYBANK": "016", "PANIN": "019", "CIMB": "022", "CIMBNIAGA": "022",
        "BJB": "110", "DKI": "111", "BTN": "200", "BSI": "451", "SEABANK": "535", "JAGO": "542",
    ]
    /// Digits an account number may have: 10 at BCA and BNI, 13 at Mandiri, 15 at BRI; a
    /// little room either side for smaller banks.
    public static let accountDigits = 6...18

    static func account(_ raw: String) -> Result<String, IdentifierProblem> {
        let upper = raw.uppercased()
        // The bank is everything before the first digit that starts the account number, or the
        // first 3-digit group when the whole value is numbers ("014 1234567890", "014-123…").
        var words = upper.split(whereSeparator: { " :/,\t".contains($0) }).map(String.init)
        guard !words.isEmpty else { return .failure(.empty) }
        if words.first == "BANK" { words.removeFirst() }
        var bankWords: [String] = []
        while let w = words.first, w.contains(where: \.isLetter) {
            bankWords.append(w)
            words.removeFirst()
        }
        let code: String
        if bankWords.isEmpty {
            guard let first = words.first else { return .failure(.empty) }
            let parts = first.split(separator: "-", maxSplits: 1).map(String.init)
            guard parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigit), words.count > 1 || parts.count > 1 else {
                return .failure(.unknownBank(""))
            }
            code = parts[0]
            words.removeFirst()
            if parts.count > 1 { words.insert(parts[1], at: 0) }
        } else {
            let name = bankWords.joined().filter { $0 != "." && $0 != "-" }
            guard let c = byName[name] else { return .failure(.unknownBank(bankWords.joined(separator: " "))) }
            code = c
        }
        var digits = ""
        for ch in words.joined() {
            if ch.isASCIIDigit { digits.append(ch) } else if ch != "-" && ch != "." { return .failure(.unexpectedCharacter(ch)) }
        }
        guard !digits.isEmpty else { return .failure(.missingAccountNumber) }
        guard accountDigits.contains(digits.count) else { return .failure(.wrongLength(digits.count, expected: accountDigits)) }
        return .success(code + ":" + digits)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIAlphanumeric: Bool { isASCII && (isNumber || isLetter) }
}
