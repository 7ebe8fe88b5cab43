/// Why an identifier could not be normalised. The value itself is kept as typed on the
/// `Identifier`; this says what an officer should check or correct.
public enum IdentifierProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing but spaces or separators was typed.
    case empty
    /// A character that has no place in this kind of identifier.
    case unexpectedCharacter(Character)
    /// The number of digits (or characters) is outside what this kind can have.
    case wrongLength(Int, expected: ClosedRange<Int>)
    /// An Indonesian number that is neither a mobile number (8…) nor a landline.
    case notAnIndonesianNumber(String)
    /// A number without `+` that does not start with 0, 62 or 8: the country cannot be told.
    case countryUnknown
    /// An e-wallet must be registered to an Indonesian mobile number.
    case notAnIndonesianMobile
    /// The bank is missing, or its name is not in `BankCode`'s table (type its 3-digit code).
    case unknownBank(String)
    /// A bank account without an account number.
    case missingAccountNumber
    /// A date inside the number (a NIK's birth date) that cannot be a date.
    case impossibleDate

    public var description: String {
        switch self {
        case .empty: "is empty"
        case .unexpectedCharacter(let c): "holds the character '\(c)', which does not belong there"
        case .wrongLength(let n, let r): "has \(n) characters where \(r.lowerBound)–\(r.upperBound) are expected"
        case .notAnIndonesianNumber(let n): "+62 \(n) is neither a mobile number (8…, 9–12 digits) nor a landline (area code 2–9, 7–11 digits)"
        case .countryUnknown: "the country cannot be told: write a foreign number with + and its country code"
        case .notAnIndonesianMobile: "e-wallets are registered to an Indonesian mobile number (08…)"
        case .unknownBank(let b): b.isEmpty ? "names no bank: start with the bank's name or its 3-digit code" : "bank '\(b)' is not known by name: type its 3-digit code"
        case .missingAccountNumber: "has no account number"
        case .impossibleDate: "encodes a birth date that cannot exist"
        }
    }
}
