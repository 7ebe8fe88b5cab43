/// Removes what a photo says about where and by whom it was taken: EXIF (with GPS), XMP, IPTC
/// and comments. The picture itself is left as it was.
enum ImageMetadata {
    /// A JPEG without its APP1–APP15 and COM segments; nil when the file is not a JPEG we can
    /// walk, and the caller refuses it: what we cannot walk we cannot clean.
    static func strippedJPEG(_ b: [UInt8]) -> [UInt8]? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var out: [UInt8] = [0xFF, 0xD8]
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xDA {
                // Start of scan: the compressed image follows to the end; keep it all.
                out.append(contentsOf: b[i...])
                return out
            }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2, i + 2 + length <= b.count else { return nil }
            let isMetadata = (0xE1...0xEF).contains(marker) || marker == 0xFE
            if !isMetadata { out.append(contentsOf: b[i..<(i + 2 + length)]) }
            i += 2 + length
        }
        return nil
    }

    /// A PNG without its text, time and EXIF chunks; nil, and so refused, when its chunks do not
    /// walk to IEND.
    static func strippedPNG(_ b: [UInt8]) -> [UInt8]? {
        guard b.count >= 8 else { return nil }
        let dropped: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]
        var out = Array(b[0..<8])
        var i = 8
        while i + 12 <= b.count {
            let length = Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
            let end = i + 12 + length
            guard length >= 0, end <= b.count else { return nil }
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            if !dropped.contains(type) { out.append(contentsOf: b[i..<end]) }
            i = end
            if type == "IEND" { return out }
        }
        return nil
    }
}
