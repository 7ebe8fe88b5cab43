/// For each case, a bit per year (from 1970) its records lie in; bit 63 for a year outside.
/// Held in 256 parts by the case key's low byte: an index after a change shares every part the
/// change did not touch with the index before it, instead of copying a million entries.
struct CaseYears: Sendable {
    private var parts = [[UInt64: UInt64]](repeating: [:], count: 256)

    subscript(key: UInt64) -> UInt64? {
        get { parts[Int(key & 0xff)][key] }
        set { parts[Int(key & 0xff)][key] = newValue }
    }

    @discardableResult
    mutating func removeValue(forKey key: UInt64) -> UInt64? { parts[Int(key & 0xff)].removeValue(forKey: key) }
}
