import Cases

/// What a record's NIK field holds: its digits (even when the number is damaged, since a
/// damaged NIK still nearly matches the true one) and, when the number is well formed, the
/// facts it encodes.
public struct NIKReading: Sendable, Hashable {
    /// The digits as written, 0–9 each; empty when the field held no usable number.
    public var digits: [UInt8]
    /// The decoded number when it passes `NIK.validate`.
    public var decoded: NIK.Decoded?

    /// Reads a NIK field. Spaces, dots and dashes typed into it are ignored, and so is the ".0"
    /// a spreadsheet appends to a number; a field with other characters, or with fewer than
    /// 14 digits, is not kept.
    public init(_ raw: String) {
        self.init(digitsOnly: raw)
        decoded = digits.count == 16 ? (try? NIK.validate(String(decoding: digits.map { $0 + 48 }, as: UTF8.self)).get()) : nil
    }

    /// Reads the digits only, without decoding (for checking a file quickly).
    init(digitsOnly raw: String) {
        // The separators NIK.clean strips (space, dot, dash, tab), read as bytes: a million rows.
        var u = Array(raw.utf8)
        if u.count > 2, u[u.count - 2] == 46, u[u.count - 1] == 48 { u.removeLast(2) } // "….0" from a spreadsheet
        var ds: [UInt8] = []
        ds.reserveCapacity(16)
        var clean = true
        for b in u {
            if b >= 48 && b <= 57 { ds.append(b - 48) } else if b != 32 && b != 46 && b != 45 && b != 9 { clean = false }
        }
        digits = clean && ds.count >= 14 && ds.count <= 17 ? ds : []
        decoded = nil
    }

    public var isEmpty: Bool { digits.isEmpty }

    /// The birth date the NIK encodes, with the century chosen so that the holder is not yet
    /// born in the future (`referenceYear` is this year) and not older than about 100.
    public func birthDate(referenceYear: Int, hintYear: Int? = nil) -> BirthDate? {
        guard let d = decoded else { return nil }
        let yy = d.birthYearTwoDigits
        var year = (yy > referenceYear % 100 ? 1900 : 2000) + yy
        // A year written on the record (even year only) settles the century.
        if let h = hintYear, h % 100 == yy { year = h }
        return BirthDate(year: year, month: d.birthMonth, day: d.birthDay)
    }

    /// The kabupaten/kota (first four digits) the NIK was issued in.
    var regencyKey: UInt32? { Self.regency(digits) }
    static func regency(_ digits: [UInt8]) -> UInt32? { digits.count >= 6 ? digits.prefix(4).reduce(0) { $0 * 10 + UInt32($1) } : nil }
}
