/// The bytes of a filed case (`FiledCases`): little-endian integers of fixed width, counts and
/// string lengths as LEB128, strings as UTF-8. Kept in the store beside each case, so the
/// format is written out field by field rather than copied from memory, whose layout the
/// compiler may change.
struct FiledWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func u16(_ v: UInt16) { fixed(UInt64(v), 2) }
    mutating func i32(_ v: Int32) { fixed(UInt64(UInt32(bitPattern: v)), 4) }
    mutating func u64(_ v: UInt64) { fixed(v, 8) }
    mutating func i64(_ v: Int64) { fixed(UInt64(bitPattern: v), 8) }

    mutating func count(_ n: Int) {
        var v = UInt64(n)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        count(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func fixed(_ v: UInt64, _ width: Int) {
        for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(8 * i))) }
    }
}

/// Reads what `FiledWriter` wrote; running past the end, or a count larger than what is left,
/// is an error, never a crash: the bytes come from the store.
struct FiledReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }

    mutating func u8() throws -> UInt8 {
        guard at < bytes.count else { throw Damaged() }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func bool() throws -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func u16() throws -> UInt16 { UInt16(truncatingIfNeeded: try fixed(2)) }
    mutating func i32() throws -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: try fixed(4))) }
    mutating func u64() throws -> UInt64 { try fixed(8) }
    mutating func i64() throws -> Int64 { Int64(bitPattern: try fixed(8)) }

    /// A count of items each `unit` bytes long: one the rest of the bytes cannot hold is
    /// damage, caught before anything is reserved for it. Items of no bytes are capped at 65,535.
    mutating func count(unit: Int = 1) throws -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try u8()
            v |= UInt64(b & 0x7f) << shift
            if b & 0x80 == 0 { break }
            shift += 7
            guard shift < 63 else { throw Damaged() }
        }
        guard unit == 0 ? v <= 0xffff : v <= UInt64(bytes.count - at) / UInt64(unit) else { throw Damaged() }
        return Int(v)
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: bytes[at..<at + n], as: UTF8.self)
    }

    private mutating func fixed(_ width: Int) throws -> UInt64 {
        guard bytes.count - at >= width else { throw Damaged() }
        var v: UInt64 = 0
        for i in 0..<width { v |= UInt64(bytes[at + i]) << UInt64(8 * i) }
        at += width
        return v
    }
}
