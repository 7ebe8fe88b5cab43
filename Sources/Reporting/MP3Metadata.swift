/// Removes the tags an MP3 carries beside its sound: ID3v2 at the start (and, rarely, appended
/// at the end), ID3v1, APEv2 and Lyrics3 at the end. Their title, artist, comment and picture
/// frames are where a recorder app or a phone writes a name, a place or a device.
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
            } else if end - start >= 26, b.has("LYRICS200", at: end - 9) {
                // Lyrics3 v2 (artist, album, lyrics): six ASCII digits give its size.
                let digits = b[(end - 15)..<(end - 9)]
                guard digits.allSatisfy({ (48...57).contains($0) }), let size = Int(String(decoding: digits, as: UTF8.self)),
                      size + 15 <= end - start, b.has("LYRICSBEGIN", at: end - 15 - size) else { return nil }
                end -= size + 15
            } else if end - start >= 20, b.has("LYRICSEND", at: end - 9) {
                // Lyrics3 v1 has no size; it is at most 5,100 bytes after its "LYRICSBEGIN".
                guard let begin = b.firstIndex(of: "LYRICSBEGIN", from: max(start, end - 5_120), to: end) else { return nil }
                end = begin
            } else if end - start >= 10, b.has("3DI", at: end - 10) {
                guard let size = id3Size(b, at: end - 4) else { return nil }
                let total = 20 + size
                guard total <= end - start else { return nil }
                end -= total
            } else {
                break
            }
        }
        // A tag still among the frames is one we could not peel off; refuse rather than keep it.
        guard b.firstIndex(of: "APETAGEX", from: start, to: end) == nil,
              b.firstIndex(of: "LYRICSBEGIN", from: start, to: end) == nil else { return nil }
        guard end - start >= 2, b[start] == 0xFF, b[start + 1] & 0xE0 == 0xE0 else { return nil }
        return Array(b[start..<end])
    }

    /// An ID3v2 size: four bytes of seven bits each ("syncsafe"), so no byte looks like a frame sync.
    private static func id3Size(_ b: [UInt8], at i: Int) -> Int? {
        guard i + 4 <= b.count, b[i..<(i + 4)].allSatisfy({ $0 < 0x80 }) else { return nil }
        return b[i..<(i + 4)].reduce(0) { $0 << 7 | Int($1) }
    }
}
