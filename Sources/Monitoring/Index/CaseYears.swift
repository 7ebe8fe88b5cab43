/// For each case (by its key), the index's number for it and the years its records lie in.
/// Records carry the number, not the key. Held in 256 parts by the case key's low byte: an
/// index after a change shares every part the change did not touch with the index before it,
/// instead of copying a million entries.
struct CaseYears: Sendable {
    /// Eight bytes a case: a million-case registry holds a million of these.
    struct Entry: Sendable {
        /// A bit per year from `firstYear`; the top bit for a year outside those.
        var years: UInt32
        var number: UInt32
    }

    /// Years from 2010 to 2040 have a bit of their own. A case with a record outside them is
    /// marked as lying in every year: a change to it then looks through every partition, which
    /// is slower but counts the same.
    static let firstYear = 2010
    private static let outside: UInt32 = 1 << 31

    static func bit(of year: Int) -> UInt32 {
        let b = year - firstYear
        return (0..<31).contains(b) ? 1 << UInt32(b) : outside
    }

    /// The years these bits name, or nil for "every year".
    static func years(of bits: UInt32) -> [Int]? {
        guard bits & outside == 0 else { return nil }
        return (0..<31).filter { bits & (1 << UInt32($0)) != 0 }.map { firstYear + $0 }
    }

    private var parts = [[UInt64: Entry]](repeating: [:], count: 256)
    /// Numbers are never given twice in one index (a changed case gets a new one), so records
    /// of a case taken away can never be mistaken for those of a case filed after it.
    private var next: UInt32 = 0

    subscript(key: UInt64) -> Entry? { parts[Int(key & 0xff)][key] }

    /// A new number for a case about to be filed.
    mutating func newNumber() -> UInt32 {
        precondition(next < .max, "more cases filed into one index than its numbers can name")
        defer { next += 1 }
        return next
    }

    mutating func file(_ key: UInt64, number: UInt32, years: UInt32) {
        parts[Int(key & 0xff)][key] = Entry(years: years, number: number)
    }

    @discardableResult
    mutating func removeValue(forKey key: UInt64) -> Entry? { parts[Int(key & 0xff)].removeValue(forKey: key) }
}
