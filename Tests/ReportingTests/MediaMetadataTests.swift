import Testing
@testable import Reporting

/// What identifies the reporters in these files: a place, a name, a phone model.
enum Identifying {
    static let gps = "+06.2088-106.8456/"
    static let author = "Budi Santoso"
    static let place = "LOCATION=Jakarta"
    static let device = "SM-A125F"

    static func found(in b: [UInt8]) -> [String] {
        let text = String(decoding: b, as: UTF8.self)
        return [gps, "06.2088", author, "Jakarta", device].filter { text.contains($0) }
    }
}

func be32(_ n: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: n >> (24 - 8 * $0)) } }
func le32(_ n: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: n >> (8 * $0)) } }
func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

func expectRefused(_ name: String, _ bytes: [UInt8], _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(throws: AttachmentPolicy.Problem.cannotClean(name: name), comment, sourceLocation: sourceLocation) {
        try AttachmentPolicy.accept(name: name, bytes: bytes)
    }
}

@Suite struct PhotoRefusalTests {
    @Test func aPhotoThatCannotBeWalkedIsRefusedNotKeptAsItCame() {
        let exif = ascii("Exif\0\0GPS " + Identifying.gps)
        let cutJPEG: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0x10, 0x00] + exif
        expectRefused("foto.jpg", cutJPEG, "the EXIF segment claims 4 KB the file does not have")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be32(13) + ascii("IHDR") + [UInt8](repeating: 1, count: 17)
            + be32(400) + ascii("tEXt") + ascii("Author\0" + Identifying.author)
        expectRefused("foto.png", png, "the text chunk runs past the end")
    }

    @Test func theRefusalSaysWhyAndWhatToSendInstead() {
        let message = AttachmentPolicy.Problem.cannotClean(name: "foto.jpg").message
        #expect(message.id.contains("foto.jpg") && message.id.contains("tangkapan layar"))
        #expect(message.en.contains("identify") && message.en.contains("screenshot"))
    }
}
