/// The receipt code a reporter keeps: sixteen digits, the last a check digit (Damm's algorithm,
/// which catches every single wrong digit and every swap of two neighbours), so a mistyped code
/// is told apart before any slow hashing. Fifteen random digits leave about 50 bits to guess.
public struct ReceiptCode: Sendable, Hashable, CustomStringConvertible {
    /// The sixteen digits, no separators.
    public let digits: String

    public static let length = 16

    /// A new random code.
    public static func generate<R: RandomNumberGenerator>(using rng: inout R) -> ReceiptCode {
        var body = ""
        for _ in 0..<(length - 1) { body.append(Character(String(UInt8.random(in: 0...9, using: &rng)))) }
        return ReceiptCode(unchecked: body + String(Damm.checkDigit(body)))
    }

    public static func generate() -> ReceiptCode {
        var rng = SystemRandomNumberGenerator()
        return generate(using: &rng)
    }

    private init(unchecked digits: String) { self.digits = digits }

    /// Reads a code as people type it: spaces, dashes and dots between the digits are ignored.
    public init(parsing text: String) throws(ReceiptCodeError) {
        var digits = ""
        for ch in text {
            if ch.isASCII, ch.isNumber { digits.append(ch) }
            else if ch == " " || ch == "-" || ch == "." || ch == "\t" { continue }
            else { throw .notDigits }
        }
        guard !digits.isEmpty else { throw .empty }
        guard digits.count == Self.length else { throw .wrongLength(digits.count) }
        guard Damm.isValid(digits) else { throw .checkDigit }
        self.digits = digits
    }

    /// Grouped by four for reading aloud and writing down: `1234 5678 9012 3456`.
    public var grouped: String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, i % 4 == 0 { out.append(" ") }
            out.append(ch)
        }
        return out
    }

    public var description: String { "ReceiptCode(****)" }
}

/// Why a typed code is not a receipt code, in both languages.
public enum ReceiptCodeError: Error, Sendable, Equatable {
    case empty
    case notDigits
    case wrongLength(Int)
    case checkDigit

    public var message: (id: String, en: String) {
        switch self {
        case .empty: return ("Tulis kode tanda terima Anda.", "Enter your receipt code.")
        case .notDigits: return ("Kode hanya berisi angka.", "The code has digits only.")
        case .wrongLength(let n):
            return ("Kode berisi 16 angka; yang Anda tulis \(n) angka.", "The code has 16 digits; you entered \(n).")
        case .checkDigit:
            return ("Ada angka yang salah atau tertukar. Periksa lagi kode Anda.",
                    "A digit is wrong or two are swapped. Check your code again.")
        }
    }
}

/// Damm's check-digit algorithm over a totally anti-symmetric quasigroup of order 10.
enum Damm {
    private static let table: [[UInt8]] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
        [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
        [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
        [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ]

    static func interim(_ digits: String) -> UInt8 {
        var state: UInt8 = 0
        for ch in digits.utf8 { state = table[Int(state)][Int(ch - 48)] }
        return state
    }

    static func checkDigit(_ digits: String) -> UInt8 { interim(digits) }
    static func isValid(_ digits: String) -> Bool { interim(digits) == 0 }
}
