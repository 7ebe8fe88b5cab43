/// Neutralises the metadata boxes of an MP4/M4A (ISO base media file): `udta` (user data: an
/// iPhone's place as ISO 6709 text, the device, the author), `meta` (QuickTime keys, iTunes
/// tags) and `uuid` (XMP). They are renamed `free` and zeroed rather than cut out, so the
/// sample offsets in `stco`/`co64` still point at the same bytes.
enum MP4Metadata {
    private static let metadata: Set<[UInt8]> = [Array("udta".utf8), Array("meta".utf8), Array("uuid".utf8)]
    private static let containers: Set<[UInt8]> = [Array("moov".utf8), Array("trak".utf8)]

    /// The file, same length, its metadata boxes emptied; nil when the boxes do not cover the
    /// file exactly (a truncated or foreign file, whose metadata we could not find).
    static func neutralised(_ b: [UInt8]) -> [UInt8]? {
        var out = b
        return clean(&out, from: 0, to: out.count) ? out : nil
    }

    /// Walks the boxes between `from` and `to`; false when they do not tile the range.
    private static func clean(_ b: inout [UInt8], from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            guard to - i >= 8 else { return false }
            var size = b.bigEndian32(at: i)
            var header = 8
            if size == 1 {
                // A 64-bit size follows the type; anything past our 5 MB limit is refused as too long.
                guard to - i >= 16, b[(i + 8)..<(i + 12)].allSatisfy({ $0 == 0 }) else { return false }
                size = b.bigEndian32(at: i + 12)
                header = 16
            } else if size == 0 {
                // "To the end of the file": only the last box may say so.
                guard to == b.count else { return false }
                size = to - i
            }
            guard size >= header, size <= to - i else { return false }
            let type = Array(b[(i + 4)..<(i + 8)])
            if metadata.contains(type) {
                b.replaceSubrange((i + 4)..<(i + 8), with: "free".utf8)
                for j in (i + header)..<(i + size) { b[j] = 0 }
            } else if containers.contains(type) {
                guard clean(&b, from: i + header, to: i + size) else { return false }
            }
            i += size
        }
        return true
    }
}
