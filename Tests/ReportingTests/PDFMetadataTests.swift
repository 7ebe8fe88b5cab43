import Testing
@testable import Reporting

@Suite struct PDFMetadataTests {
    /// A PDF of numbered objects with a correct cross-reference table.
    static func pdf(_ objects: [[UInt8]], trailer: String) -> [UInt8] {
        var out = ascii("%PDF-1.7\n%") + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += ascii("\(i + 1) 0 obj\n") + body + ascii("\nendobj\n")
        }
        let xref = out.count
        func tenDigits(_ n: Int) -> String { String(repeating: "0", count: 10 - String(n).count) + String(n) }
        out += ascii("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { tenDigits($0) + " 00000 n \n" }.joined())
        out += ascii("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailer) >>\nstartxref\n\(xref)\n%%EOF\n")
        return out
    }

    static func stream(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
        ascii("<< \(dictionary) /Length \(data.count) >>\nstream\n") + data + ascii("\nendstream")
    }

    static let info = "<< /Author (\(Identifying.author)) /Title (Laporan \\(rahasia (lokasi \(Identifying.gps))) "
        + "/Creator <FEFF0042007500640069> /Producer 6 0 R /CreationDate (D:20250101120000+07'00') >>"
    static let xmp = ascii("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        + "<dc:creator>\(Identifying.author)</dc:creator><exif:GPSLatitude>\(Identifying.gps)</exif:GPSLatitude>"
        + "</x:xmpmeta>\n<?xpacket end=\"w\"?>")
    /// A photo placed in the PDF as it was taken, EXIF and all.
    static let photo: [UInt8] = {
        let exif = ascii("Exif\0\0GPS \(Identifying.gps) \(Identifying.device)")
        return [0xFF, 0xD8, 0xFF, 0xE1, 0, UInt8(exif.count + 2)] + exif + [0xFF, 0xDB, 0, 4, 1, 2, 0xFF, 0xDA, 0, 4, 9, 9, 0x12, 0xFF, 0xD9]
    }()
    static let content = ascii("q 595 0 0 842 0 0 cm /Im1 Do Q")

    static func document(metadata: [UInt8], info: String = info, trailer: String = "/Info 4 0 R", extra: [[UInt8]] = []) -> [UInt8] {
        pdf([ascii("<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>"),
             ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
             ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 7 0 R >> >> /Contents 8 0 R >>"),
             ascii(info), metadata, ascii("(Samsung \(Identifying.device))"),
             stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", photo),
             stream("", content)] + extra, trailer: trailer)
    }

    static let scanned = document(metadata: stream("/Type /Metadata /Subtype /XML", xmp))

    @Test func authorPlaceAndDeviceAreBlankedInPlace() throws {
        #expect(Identifying.found(in: Self.scanned).count == 4)

        let (kind, kept) = try AttachmentPolicy.accept(name: "surat.pdf", bytes: Self.scanned)

        #expect(kind == .pdf)
        #expect(kept.count == Self.scanned.count)
        #expect(Identifying.found(in: kept).isEmpty)
        let text = String(decoding: kept, as: UTF8.self)
        #expect(!text.contains("0042007500640069") && !text.contains("xmpmeta") && !text.contains("Exif"))
        func spaces(_ s: String) -> String { String(repeating: " ", count: s.utf8.count) }
        let blankedInfo = "<< /Author (\(spaces(Identifying.author))) /Title (\(spaces("Laporan \\(rahasia (lokasi \(Identifying.gps))"))) "
            + "/Creator <\(spaces("FEFF0042007500640069"))> /Producer 6 0 R /CreationDate (\(spaces("D:20250101120000+07'00'"))) >>"
        #expect(text.contains("4 0 obj\n\(blankedInfo)\nendobj"), "only the strings' contents change; brackets stay balanced")
        #expect(text.contains("6 0 obj\n(\(spaces("Samsung \(Identifying.device)")))\nendobj"), "a string the Info refers to is blanked too")
        #expect(text.contains(String(decoding: Self.content, as: UTF8.self)), "the page is untouched")

        let startxref = try #require(text.firstRange(of: "startxref\n"))
        let xref = Int(text[startxref.upperBound...].prefix { $0.isNumber })!
        let rows = String(decoding: kept[xref...], as: UTF8.self).split(separator: "\n").dropFirst(3).prefix(8)
        for (n, row) in rows.enumerated() {
            let offset = Int(row.prefix(10))!
            #expect(kept.has("\(n + 1) 0 obj", at: offset), "the cross-reference table still points at object \(n + 1)")
        }
    }

    @Test func aPDFWithoutInfoOrXMPPassesAsItIs() throws {
        let plain = Self.pdf([ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [] /Count 0 >>")], trailer: "")

        let (_, kept) = try AttachmentPolicy.accept(name: "kosong.pdf", bytes: plain)

        #expect(kept == plain)
    }

    @Test func whatWeCannotReadToCleanIsRefused() {
        let compressed = Self.document(metadata: Self.stream("/Type /Metadata /Subtype /XML /Filter /FlateDecode", [0x78, 0x9C, 0x4B, 0x4C, 0x02, 0x00]))
        expectRefused("xmp.pdf", compressed, "compressed XMP")
        let packed = Self.document(metadata: Self.stream("/Type /Metadata /Subtype /XML", Self.xmp), trailer: "/Info 12 0 R",
                                   extra: [Self.stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", [0x78, 0x9C, 0x01, 0x02, 0x03])])
        expectRefused("objstm.pdf", packed, "an Info dictionary inside a compressed object stream")
        expectRefused("kunci.pdf", Self.document(metadata: Self.stream("/Type /Metadata", Self.xmp), trailer: "/Info 4 0 R /Encrypt 10 0 R"),
                      "an encrypted file")
        let open = Self.document(metadata: Self.stream("/Type /Metadata", Self.xmp), info: "<< /Author (Budi >>")
        expectRefused("rusak.pdf", open, "a string that never closes")
    }
}
