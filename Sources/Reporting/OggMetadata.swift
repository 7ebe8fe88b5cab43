/// Blanks the comment header of an Ogg Opus or Vorbis recording (a WhatsApp or Telegram voice
/// note, an Android recorder's file): its vendor string and its `KEY=value` comments, where an
/// app writes a place, a name or a device. The pages keep their layout; the changed page gets
/// a new checksum.
enum OggMetadata {
    /// The recording with every comment overwritten by placeholders of the same length; nil when
    /// the pages do not cover the file, a stream is neither Opus nor Vorbis, or its comment header
    /// is missing or spans pages.
    static func blanked(_ b: [UInt8]) -> [UInt8]? {
        var out = b
        // Packets finished so far in each logical stream: 0 is the identification header,
        // 1 the comment header.
        var packets: [Int: Int] = [:]
        var i = 0
        while i < out.count {
            // A page whose checksum fails is damaged or forged: we would be guessing at its packets.
            guard let page = OggPage(out, at: i), page.isSealed(out) else { return nil }
            if page.isFirst { packets[page.serial] = 0 }
            guard var index = packets[page.serial] else { return nil }
            var packetStart: Int? = page.continues ? nil : page.dataStart
            var changed = false
            var pos = page.dataStart
            for lacing in page.lacing {
                pos += lacing
                guard lacing < 255 else { continue }
                // A packet ends here.
                if index == 0 {
                    guard let s = packetStart, out.has("OpusHead", at: s) || out.has("\u{01}vorbis", at: s) else { return nil }
                } else if index == 1 {
                    // No start on this page: the comments began on the page before. Comments that
                    // span pages (an embedded cover picture, say) are refused, not reassembled.
                    guard let s = packetStart, blankComments(&out, s..<pos) else { return nil }
                    changed = true
                }
                index += 1
                packetStart = pos
            }
            packets[page.serial] = index
            if changed { page.reseal(&out) }
            i = page.end
        }
        // Every stream must have reached its comment header, or we did not see it.
        return packets.values.allSatisfy { $0 >= 2 } ? out : nil
    }

    /// Overwrites the vendor string and every comment of a comment packet in place.
    private static func blankComments(_ b: inout [UInt8], _ packet: Range<Int>) -> Bool {
        let isOpus = b.has("OpusTags", at: packet.lowerBound)
        guard isOpus || b.has("\u{03}vorbis", at: packet.lowerBound) else { return false }
        var i = packet.lowerBound + (isOpus ? 8 : 7)
        func field() -> Range<Int>? {
            guard packet.upperBound - i >= 4 else { return nil }
            let length = b.littleEndian32(at: i)
            guard length <= packet.upperBound - i - 4 else { return nil }
            defer { i += 4 + length }
            return (i + 4)..<(i + 4 + length)
        }
        guard let vendor = field() else { return false }
        b.blank(vendor)
        guard packet.upperBound - i >= 4 else { return false }
        let count = b.littleEndian32(at: i)
        i += 4
        for _ in 0..<count {
            guard let comment = field() else { return false }
            b.blank(comment)
            // Keep it a well-formed "KEY=value" for players that insist.
            if comment.count >= 2 { b[comment.lowerBound] = UInt8(ascii: "x"); b[comment.lowerBound + 1] = UInt8(ascii: "=") }
        }
        if isOpus {
            // Opus may carry padding or private binary data after the comments: zeroed, it is padding.
            for j in i..<packet.upperBound { b[j] = 0 }
        } else {
            // Vorbis ends with a framing bit, which must stay set.
            guard i < packet.upperBound, b[i] & 1 == 1 else { return false }
            for j in (i + 1)..<packet.upperBound { b[j] = 0 }
        }
        return true
    }
}
