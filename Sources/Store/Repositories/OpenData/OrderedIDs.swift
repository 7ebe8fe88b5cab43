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
        // Written byte by byte: a string built of Characters cost 4 % of an import's CPU.
        return String(unsafeUninitializedCapacity: 36) { out in
            var at = 0
            for n in 0..<32 {
                if n == 8 || n == 12 || n == 16 || n == 20 {
                    out[at] = UInt8(ascii: "-")
                    at += 1
                }
                let word = n < 16 ? high : low
                out[at] = Self.digits[Int((word >> UInt64(60 - 4 * (n % 16))) & 0xF)]
                at += 1
            }
            return at
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)
}
