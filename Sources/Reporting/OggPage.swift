/// One page of an Ogg file: a 27-byte header ("OggS", version, flags, granule position, stream
/// serial, sequence number, checksum, segment count), a segment table, then the data.
struct OggPage {
    let serial: Int
    let isFirst: Bool
    /// The page's first bytes finish a packet begun on the page before.
    let continues: Bool
    let lacing: [Int]
    let start: Int
    let dataStart: Int
    let end: Int

    /// The page at `i`; nil when it is not a page or runs past the file.
    init?(_ b: [UInt8], at i: Int) {
        guard b.count - i >= 27, b.has("OggS", at: i), b[i + 4] == 0 else { return nil }
        let segments = Int(b[i + 26])
        guard b.count - i >= 27 + segments else { return nil }
        lacing = b[(i + 27)..<(i + 27 + segments)].map(Int.init)
        start = i
        dataStart = i + 27 + segments
        end = dataStart + lacing.reduce(0, +)
        guard end <= b.count else { return nil }
        serial = b.littleEndian32(at: i + 14)
        isFirst = b[i + 5] & 0x02 != 0
        continues = b[i + 5] & 0x01 != 0
    }

    /// Whether the stored checksum matches the page's bytes.
    func isSealed(_ b: [UInt8]) -> Bool {
        b.littleEndian32(at: start + 22) == Self.checksum(b, start..<end)
    }

    /// Writes the checksum of the page as it now stands.
    func reseal(_ b: inout [UInt8]) {
        let crc = Self.checksum(b, start..<end)
        for j in 0..<4 { b[start + 22 + j] = UInt8(truncatingIfNeeded: crc >> (8 * j)) }
    }

    /// Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, starting from 0, over the page with
    /// its checksum field read as zero.
    static func checksum(_ b: [UInt8], _ page: Range<Int>) -> Int {
        var crc: UInt32 = 0
        for (n, j) in page.enumerated() {
            let byte = (22..<26).contains(n) ? 0 : b[j]
            crc = table[Int((crc >> 24) ^ UInt32(byte))] ^ (crc << 8)
        }
        return Int(crc)
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var r = UInt32(n) << 24
        for _ in 0..<8 { r = r & 0x8000_0000 != 0 ? (r << 1) ^ 0x04C1_1DB7 : r << 1 }
        return r
    }
}
