/// Blanks what a PDF says about who made it and on what: the document information dictionary
/// (/Author, /Creator, /Producer, /Title …), XMP packets, and the EXIF of the photos inside.
/// Everything is overwritten in place with bytes of the same length, so every offset in the
/// cross-reference table still points at its object.
enum PDFMetadata {
    /// The PDF with its metadata blanked, or nil for what we cannot read to clean: an encrypted
    /// file, compressed XMP, an information dictionary packed in a compressed object stream.
    static func blanked(_ b: [UInt8]) -> [UInt8]? {
        guard b.firstIndex(of: "/Encrypt", from: 0) == nil else { return nil }
        var out = b
        let objects = PDFSyntax.objects(out)
        guard blankMetadataStreams(&out, objects), blankXMPPackets(&out), blankInfo(&out, objects),
              blankPhotos(&out) else { return nil }
        return out
    }

    /// Blanks the data of every `/Type /Metadata` stream; false for a compressed one.
    private static func blankMetadataStreams(_ b: inout [UInt8], _ objects: [(reference: PDFSyntax.Reference, body: Int)]) -> Bool {
        var from = 0
        // Both the names and the objects come in file order, so the owner only moves forward.
        var owner = -1
        var done: Set<Int> = []
        while let t = b.firstIndex(of: "/Type", from: from) {
            from = t + 5
            let n = PDFSyntax.skipSpace(b, t + 5)
            guard b.has("/Metadata", at: n), n + 9 == b.count || !PDFSyntax.isRegular(b[n + 9]) else { continue }
            while owner + 1 < objects.count, objects[owner + 1].body <= t { owner += 1 }
            guard owner >= 0 else { return false }
            let body = objects[owner].body
            guard done.insert(body).inserted else { continue }
            guard let dictionary = PDFSyntax.value(b, at: body), dictionary.end > t,
                  b.firstIndex(of: "/Filter", from: body, to: dictionary.end) == nil else { return false }
            var data = PDFSyntax.skipSpace(b, dictionary.end)
            guard b.has("stream", at: data) else { continue }
            data += b.has("stream\r\n", at: data) ? 8 : 7
            guard let end = b.firstIndex(of: "endstream", from: data) else { return false }
            b.blank(data..<end)
        }
        return true
    }

    /// Blanks every XMP packet left in plain sight, from `<?xpacket begin` to the end of its
    /// `<?xpacket end … ?>`.
    private static func blankXMPPackets(_ b: inout [UInt8]) -> Bool {
        var from = 0
        while let start = b.firstIndex(of: "<?xpacket begin", from: from) {
            guard let end = b.firstIndex(of: "<?xpacket end", from: start),
                  let close = b.firstIndex(of: "?>", from: end) else { return false }
            b.blank(start..<(close + 2))
            from = close + 2
        }
        return true
    }

    /// Blanks the strings of each information dictionary a trailer or cross-reference stream
    /// names with `/Info N G R`, and of the string objects it refers to.
    private static func blankInfo(_ b: inout [UInt8], _ objects: [(reference: PDFSyntax.Reference, body: Int)]) -> Bool {
        var pending: [(PDFSyntax.Reference, followed: Bool)] = []
        var from = 0
        while let k = b.firstIndex(of: "/Info", from: from) {
            from = k + 5
            if let r = PDFSyntax.reference(b, at: k + 5) { pending.append((r, false)) }
        }
        let bodies = Dictionary(grouping: objects, by: \.reference).mapValues { $0.map(\.body) }
        var seen: Set<PDFSyntax.Reference> = []
        while let (r, followed) = pending.popLast() {
            guard seen.insert(r).inserted else { continue }
            // Not in plain text: it sits in a compressed object stream, where we cannot blank it.
            guard let bodies = bodies[r] else { return false }
            for body in bodies {
                guard let value = PDFSyntax.value(b, at: body), b.has("endobj", at: PDFSyntax.skipSpace(b, value.end)),
                      !followed || value.references.isEmpty else { return false }
                value.strings.forEach { b.blank($0) }
                pending += value.references.map { ($0, true) }
            }
        }
        return true
    }

    /// Zeroes the EXIF, XMP and comments of every JPEG stored as it is (DCTDecode) in a stream.
    private static func blankPhotos(_ b: inout [UInt8]) -> Bool {
        var from = 0
        while let s = b.firstIndex(of: "stream", from: from) {
            from = s + 6
            let data = b.has("stream\r\n", at: s) ? s + 8 : s + 7
            guard data + 3 <= b.count, b[data] == 0xFF, b[data + 1] == 0xD8, b[data + 2] == 0xFF else { continue }
            guard let end = b.firstIndex(of: "endstream", from: data),
                  ImageMetadata.blankJPEGMetadata(&b, from: data, to: end) else { return false }
            from = end + 9
        }
        return true
    }
}
