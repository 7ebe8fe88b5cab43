import Testing
@testable import Reporting

@Suite struct AttachmentPolicyTests {
    /// A minimal JPEG: SOI, an APP1 "Exif" segment carrying a GPS marker, a comment, DQT, SOS + data, EOI.
    static let jpegWithGPS: [UInt8] = {
        var b: [UInt8] = [0xFF, 0xD8]
        let exif = Array("Exif\0\0GPS -7.2575,112.7521".utf8)
        b += [0xFF, 0xE1, UInt8((exif.count + 2) >> 8), UInt8((exif.count + 2) & 0xFF)] + exif
        let comment = Array("taken by Siti".utf8)
        b += [0xFF, 0xFE, 0, UInt8(comment.count + 2)] + comment
        b += [0xFF, 0xDB, 0, 4, 1, 2]
        b += [0xFF, 0xDA, 0, 4, 9, 9, 0x12, 0x34, 0x56, 0xFF, 0xD9]
        return b
    }()

    @Test func photosLoseWhereAndByWhomTheyWereTaken() throws {
        let (kind, kept) = try AttachmentPolicy.accept(name: "foto.jpg", bytes: Self.jpegWithGPS)
        #expect(kind == .jpeg)
        let text = String(decoding: kept, as: UTF8.self)
        #expect(!text.contains("GPS") && !text.contains("Siti"))
        #expect(Array(kept.suffix(11)) == Array(Self.jpegWithGPS.suffix(11)), "the image data is untouched")
        #expect(kept.starts(with: [0xFF, 0xD8, 0xFF, 0xDB]))
    }

    @Test func pngTextChunksAreDropped() throws {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            [0, 0, 0, UInt8(data.count)] + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", Array(repeating: 1, count: 13))
            + chunk("tEXt", Array("Author\0Budi".utf8)) + chunk("IDAT", [1, 2, 3]) + chunk("IEND", [])
        let (_, kept) = try AttachmentPolicy.accept(name: "a.png", bytes: png)
        #expect(!String(decoding: kept, as: UTF8.self).contains("Budi"))
        #expect(kept.count == png.count - 12 - 11)
    }

    @Test func filesAreJudgedByTheirBytes() {
        #expect(throws: AttachmentPolicy.Problem.unsupported(name: "virus.jpg")) {
            try AttachmentPolicy.accept(name: "virus.jpg", bytes: Array("MZ\u{90}\0 this is an exe".utf8))
        }
        #expect(throws: AttachmentPolicy.Problem.empty(name: "x.pdf")) { try AttachmentPolicy.accept(name: "x.pdf", bytes: []) }
        let big = Array("%PDF-1.7".utf8) + [UInt8](repeating: 0, count: AttachmentPolicy.maxBytes)
        #expect(throws: AttachmentPolicy.Problem.tooLarge(name: "big.pdf", bytes: big.count)) {
            try AttachmentPolicy.accept(name: "big.pdf", bytes: big)
        }
        #expect(AttachmentPolicy.sniff(Array("OggS....".utf8)) == .ogg)
        #expect(AttachmentPolicy.sniff([0, 0, 0, 0x20] + Array("ftypM4A ".utf8)) == .mp4)
    }
}

@Suite struct AddressThrottleTests {
    @Test func anAddressOverItsLimitWaitsUntilTheWindowMoves() {
        var t = AddressThrottle(limit: 3, window: 60)
        for i in 0..<3 { #expect(t.attempt("a", now: Double(i)) == nil) }
        #expect(t.attempt("a", now: 10) == 50)
        #expect(t.wait("a", now: 20) == 40, "waiting does not count as another attempt")
        #expect(t.attempt("b", now: 10) == nil, "another address is not held back")
        #expect(t.attempt("a", now: 60.5) == nil, "the first event has left the window")
    }

    @Test func aFloodOfAddressesCannotGrowMemoryBeyondItsCapacity() {
        var t = AddressThrottle(limit: 1, window: 60, capacity: 100)
        for i in 0..<1_000 { _ = t.attempt("k\(i)", now: 1) }
        #expect((0..<1_000).filter { t.count("k\($0)", now: 1) > 0 }.count <= 100)
    }
}
