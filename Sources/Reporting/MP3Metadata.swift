/// Removes the tags an MP3 carries beside its sound: ID3v2 at the start (and, rarely, appended
/// at the end), ID3v1 and APEv2 at the end. Their title, artist, comment and picture frames are
/// where a recorder app or a phone writes a name, a place or a device.
enum MP3Metadata {
    /// The MPEG frames alone; nil when what is left after the tags does not start with a frame
    /// sync (a tag we do not know, or not an MP3 at all).
    static func stripped(_ b: [UInt8]) -> [UInt8]? {
        var start = 0
        // Several ID3v2 tags may stand one after another: some taggers prepend rather than rewrite.
        while b.has("ID3", at: start) {
            guard let size = id3Size(b, at: start + 6), b.count - start >= 10 else { return nil }
            let hasFooter = b[start + 5] & 0x10 != 0
            let total = 10 + size + (hasFooter ? 10 : 0)
            guard total <= b.count - start else { return nil }
            start += total
        }
        var end = b.count
        // Tags at the end come in either order (APEv2 before ID3v1 is the usual one), so peel
        // until neither is there.
        while true {
            if end - start >= 128, b.has("TAG", at: end - 128) {
                end -= 128
            } else if end - start >= 32, b.has("APETAGEX", at: end - 32) {
                // The size counts the items and the footer; a header, when flagged, is 32 more.
                let size = b.littleEndian32(at: end - 20)
                let hasHeader = b[end - 9] & 0x80 != 0
                let total = size + (hasHeader ? 32 : 0)
                guard size >= 32, total <= end - start else { return nil }
                end -= total
            } else if end - start >= 10, b.has("3DI", at: end - 10) {
                guard let size = id3Size(b, at: end - 4) else { return nil }
                let total = 20 + size
                guard total <= end - start else { return nil }
                end -= total
            } else {
                break
            }
        }
        guard end - start >= 2, b[start] == 0xFF, b[start + 1] & 0xE0 == 0xE0 else { return nil }
        return Array(b[start..<end])
    }

    /// An ID3v2 size: four bytes of seven bits each ("syncsafe"), so no byte looks like a frame sync.
    private static func id3Size(_ b: [UInt8], at i: Int) -> Int? {
        guard i + 4 <= b.count, b[i..<(i + 4)].allSatisfy({ $0 < 0x80 }) else { return nil }
        return b[i..<(i + 4)].reduce(0) { $0 << 7 | Int($1) }
    }
}
