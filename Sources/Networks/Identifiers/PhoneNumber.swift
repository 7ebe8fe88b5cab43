/// Telephone numbers in E.164 form ("+6281234567890").
///
/// The rules, in order:
/// - spaces, dashes, dots, slashes and brackets are separators and are ignored; any other
///   character makes the number malformed;
/// - a leading `+` (or the international prefix `00`) means a country code follows; a number
///   under `+` that is not `+62` is kept as written if it has 8–15 digits (E.164's limit) and
///   does not start with 0;
/// - an Indonesian number is written `+62…`, `62…`, `0…` (the trunk prefix) or, for mobiles, with
///   the 0 dropped (`812…`); a 0 typed after `+62` (`+62 0812…`) is dropped too;
/// - after 62, a mobile number starts with 8 and has 9–12 digits (`812 3456 789` to
///   `821 2345 678 901`); a landline starts with its area code (2–7 or 9, e.g. 21 Jakarta, 61 Medan)
///   and has 7–11 digits. Anything else is flagged, not guessed at;
/// - a number without `+` that starts otherwise (`60 12…` for Malaysia) is flagged: without the
///   `+` its country cannot be told from an Indonesian number typed wrong.
///
/// Operator prefixes for international calls (001, 007, 008, 01017) are not read: such a number
/// is flagged and should be written with `+`.
public enum PhoneNumber {
    public static let indonesianMobileDigits = 9...12
    public static let indonesianLandlineDigits = 7...11
    public static let e164Digits = 8...15

    public static func e164(_ raw: String) -> Result<String, IdentifierProblem> {
        var digits: [UInt8] = []
        var plus = false
        for ch in raw {
            if let d = ch.wholeNumberValue, ch.isASCII {
                digits.append(UInt8(d))
            } else if ch == "+", digits.isEmpty, !plus {
                plus = true
            } else if !" -./()\t".contains(ch) {
                return .failure(.unexpectedCharacter(ch))
            }
        }
        guard !digits.isEmpty else { return .failure(.empty) }
        if !plus, digits.starts(with: [0, 0]) {
            plus = true
            digits.removeFirst(2)
        }
        let national: ArraySlice<UInt8>
        if digits.starts(with: [6, 2]) && (plus || digits.count >= 10) {
            // "62…" without + is Indonesia's country code, unless it is too short to be one
            // (a bare 8-digit number starting 62 is not a thing in Indonesia, so it is flagged below).
            national = digits.dropFirst(2)
        } else if plus {
            guard digits[0] != 0 else { return .failure(.countryUnknown) }
            guard e164Digits.contains(digits.count) else { return .failure(.wrongLength(digits.count, expected: e164Digits)) }
            return .success("+" + text(digits[...]))
        } else if digits[0] == 0 {
            national = digits.dropFirst()
        } else if digits[0] == 8 {
            national = digits[...]
        } else {
            return .failure(.countryUnknown)
        }
        return indonesian(national)
    }

    /// A national significant number (what follows +62) checked as a mobile or landline number.
    static func indonesian(_ national: ArraySlice<UInt8>) -> Result<String, IdentifierProblem> {
        var n = national
        if n.first == 0 { n = n.dropFirst() } // "+62 0812…": the trunk 0 typed after the country code
        guard let first = n.first else { return .failure(.empty) }
        let ok = first == 8 ? indonesianMobileDigits.contains(n.count) : (first != 0 && first != 1 && indonesianLandlineDigits.contains(n.count))
        guard ok else { return .failure(.notAnIndonesianNumber(text(n))) }
        return .success("+62" + text(n))
    }

    private static func text(_ digits: ArraySlice<UInt8>) -> String {
        String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    }
}
