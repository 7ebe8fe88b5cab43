import Foundation

/// Ids for rows loaded in bulk that sort in the order they are made: UUIDs of version 7
/// (RFC 9562), the time in milliseconds first, then a counter, then random bits. A large
/// import then appends to its tables' id indexes instead of writing pages all over them with
/// every batch. Each id keeps 42 random bits, so ids made in the same millisecond elsewhere
/// still differ.
struct OrderedIDs {
    private let millis: UInt64
    private var counter: UInt32 = 0
    private var random = SystemRandomNumberGenerator()

    init(now: Date) {
        millis = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
    }

    mutating func next() -> String {
        let c = UInt64(counter)
        counter &+= 1
        // rand_a (12 bits) and rand_b (62 bits) hold the counter's 32 bits, then 42 random bits.
        let randA = (c >> 20) & 0xFFF
        let randB = ((c & 0xF_FFFF) << 42) | (random.next() & ((1 << 42) - 1))
        let high = (millis << 16) | (0x7 << 12) | randA
        let low = (0b10 << 62) | randB
        let hex = Self.hex(high, 16) + Self.hex(low, 16)
        let h = Array(hex)
        return String(h[0..<8]) + "-" + String(h[8..<12]) + "-" + String(h[12..<16]) + "-" + String(h[16..<20]) + "-" + String(h[20..<32])
    }

    private static func hex(_ v: UInt64, _ digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: digits - s.count) + s
    }
}
