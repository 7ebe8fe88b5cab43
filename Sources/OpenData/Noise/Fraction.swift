import Foundation

/// A non-negative rational number p/q: how privacy parameters (ε, ρ, noise scales) are held, so
/// that no floating-point number enters the sampling path or the ledger's sums.
///
/// Numerator and denominator stay at most `Fraction.limit`, which keeps every product the
/// samplers form within 128 bits.
public struct Fraction: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let numerator: UInt64
    public let denominator: UInt64

    /// The largest numerator or denominator accepted: 10¹².
    public static let limit: UInt64 = 1_000_000_000_000

    public static let zero = Fraction(reduced: 0, 1)
    public static let one = Fraction(reduced: 1, 1)

    /// `numerator / denominator`, reduced; nil when the denominator is zero or either part is
    /// beyond `limit` after reduction.
    public init?(_ numerator: UInt64, _ denominator: UInt64 = 1) {
        guard denominator > 0 else { return nil }
        let g = Self.gcd(numerator, denominator)
        let n = numerator / g, d = denominator / g
        guard n <= Self.limit, d <= Self.limit else { return nil }
        self.init(reduced: n, d)
    }

    private init(reduced n: UInt64, _ d: UInt64) {
        numerator = n
        denominator = d
    }

    /// Parses "0.5", "1", "1/3" exactly, as an administrator types a budget; nil for anything else.
    public init?(text: String) {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let slash = s.firstIndex(of: "/") {
            guard let n = UInt64(s[..<slash]), let d = UInt64(s[s.index(after: slash)...]) else { return nil }
            self.init(n, d)
            return
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = UInt64(parts[0].isEmpty ? "0" : parts[0]) else { return nil }
        let decimals = parts.count == 2 ? parts[1] : ""
        guard decimals.count <= 9, decimals.allSatisfy(\.isASCIIDigit) else { return nil }
        var scale: UInt64 = 1
        for _ in decimals { scale *= 10 }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        self.init(scaled + (UInt64(decimals) ?? 0), scale)
    }

    /// In JSON a fraction is its text, `"1/2"`, so receipts read as people write budgets.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Fraction(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "\(text.prefix(30)) is not a fraction such as 1/2 or 0.5"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// For reports and pages only; never for sampling.
    public var approximateValue: Double { Double(numerator) / Double(denominator) }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        UInt128(a.numerator) * UInt128(b.denominator) < UInt128(b.numerator) * UInt128(a.denominator)
    }

    /// The exact sum; nil when it cannot be held within `limit` (the ledger then refuses).
    public func adding(_ other: Fraction) -> Fraction? {
        let d = UInt128(denominator) * UInt128(other.denominator)
        let n = UInt128(numerator) * UInt128(other.denominator) + UInt128(other.numerator) * UInt128(denominator)
        return Self.reducing(n, d)
    }

    /// The exact product; nil beyond `limit`.
    public func multiplied(by other: Fraction) -> Fraction? {
        Self.reducing(UInt128(numerator) * UInt128(other.numerator), UInt128(denominator) * UInt128(other.denominator))
    }

    /// The smallest fraction with the given denominator that is at least `value`: for turning a
    /// bound computed in floating point (a zCDP conversion) into one the ledger can add, erring
    /// on the side of spending more.
    public static func roundingUp(_ value: Double, denominator: UInt64 = 1_000_000) -> Fraction? {
        guard value.isFinite, value >= 0 else { return nil }
        let scaled = (value * Double(denominator)).rounded(.up)
        guard scaled < Double(limit) else { return nil }
        return Fraction(UInt64(scaled), denominator)
    }

    private static func reducing(_ n: UInt128, _ d: UInt128) -> Fraction? {
        var a = n, b = d
        while b != 0 { (a, b) = (b, a % b) }
        let g = max(a, 1)
        let rn = n / g, rd = d / g
        guard rn <= UInt128(limit), rd <= UInt128(limit) else { return nil }
        return Fraction(reduced: UInt64(rn), UInt64(rd))
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
