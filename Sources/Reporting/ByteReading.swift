/// Reading numbers and markers out of a file's bytes, for the metadata cleaners. Every read is
/// bounds-checked by its caller first; these only spell out the byte order once.
extension Array where Element == UInt8 {
    func bigEndian32(at i: Int) -> Int {
        Int(self[i]) << 24 | Int(self[i + 1]) << 16 | Int(self[i + 2]) << 8 | Int(self[i + 3])
    }

    func littleEndian32(at i: Int) -> Int {
        Int(self[i]) | Int(self[i + 1]) << 8 | Int(self[i + 2]) << 16 | Int(self[i + 3]) << 24
    }

    /// Whether `marker` stands at `i`, false (not a trap) when it would run past either end.
    func has(_ marker: String, at i: Int) -> Bool {
        let m = Array(marker.utf8)
        return i >= 0 && i + m.count <= count && self[i..<(i + m.count)].elementsEqual(m)
    }

    /// Where `marker` next stands at or after `from`, before `to`.
    func firstIndex(of marker: String, from: Int, to: Int? = nil) -> Int? {
        let m = Array(marker.utf8)
        let end = Swift.min(to ?? count, count) - m.count
        guard let first = m.first, from <= end else { return nil }
        var i = Swift.max(from, 0)
        while i <= end {
            if self[i] == first && self[i..<(i + m.count)].elementsEqual(m) { return i }
            i += 1
        }
        return nil
    }

    /// Overwrites `range` with spaces, keeping the file's length (and so every offset into it).
    mutating func blank(_ range: Range<Int>) {
        for i in range { self[i] = 0x20 }
    }
}
