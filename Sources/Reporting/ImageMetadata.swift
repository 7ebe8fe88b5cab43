/// Removes what a photo says about where and by whom it was taken: EXIF (with GPS), XMP, IPTC
/// and comments. The picture itself is left as it was.
enum ImageMetadata {
    /// A JPEG without its APP1–APP15 and COM segments; nil when the file is not a JPEG we can
    /// walk, and the caller refuses it: what we cannot walk we cannot clean.
    static func strippedJPEG(_ b: [UInt8]) -> [UInt8]? {
        guard let (segments, scan) = jpegSegments(b, from: 0, to: b.count) else { return nil }
        var out: [UInt8] = [0xFF, 0xD8]
        for s in segments where !isMetadata(s.marker) { out += b[s.range] }
        // Start of scan: the compressed image follows to the end; keep it all.
        return out + b[scan...]
    }

    /// Zeroes the contents of the metadata segments of a JPEG that lies between `start` and `end`
    /// inside a larger file (a PDF's image), keeping every length so no offset in that file moves.
    static func blankJPEGMetadata(_ b: inout [UInt8], from start: Int, to end: Int) -> Bool {
        guard let (segments, _) = jpegSegments(b, from: start, to: end) else { return false }
        for s in segments where isMetadata(s.marker) {
            for j in (s.range.lowerBound + 4)..<s.range.upperBound { b[j] = 0 }
        }
        return true
    }

    /// The segments before a JPEG's image data (marker and whole extent) and where its scan
    /// starts; nil when the file does not walk as far as a scan.
    private static func jpegSegments(_ b: [UInt8], from start: Int, to end: Int) -> (segments: [(marker: UInt8, range: Range<Int>)], scan: Int)? {
        guard end > start + 4, b[start] == 0xFF, b[start + 1] == 0xD8 else { return nil }
        var segments: [(marker: UInt8, range: Range<Int>)] = []
        var i = start + 2
        while i + 4 <= end {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xDA { return (segments, i) }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2, i + 2 + length <= end else { return nil }
            segments.append((marker, i..<(i + 2 + length)))
            i += 2 + length
        }
        return nil
    }

    private static func isMetadata(_ marker: UInt8) -> Bool { (0xE1...0xEF).contains(marker) || marker == 0xFE }

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
