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

@Suite struct MP3MetadataTests {
    /// Three MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz), their sound a filler.
    static let frames: [UInt8] = (0..<3).flatMap { _ in [0xFF, 0xFB, 0x90, 0x64] + [UInt8](repeating: 0x55, count: 413) }

    static func syncsafe(_ n: Int) -> [UInt8] { (0..<4).map { UInt8(n >> (21 - 7 * $0) & 0x7F) } }
    static func textFrame(_ id: String, _ text: String) -> [UInt8] { ascii(id) + be32(text.utf8.count + 1) + [0, 0, 0] + ascii(text) }

    /// An ID3v2.3 tag padded past 127 bytes, so its size needs more than one syncsafe byte.
    static let id3v23: [UInt8] = {
        let body = textFrame("TPE1", Identifying.author) + textFrame("TXXX", "GPS\0" + Identifying.gps) + [UInt8](repeating: 0, count: 200)
        return ascii("ID3") + [3, 0, 0] + syncsafe(body.count) + body
    }()
    /// An ID3v2.4 tag with a footer; a recorder may write it before the sound or append it.
    static let id3v24: [UInt8] = {
        let body = textFrame("TSSE", "Recorder " + Identifying.device)
        return ascii("ID3") + [4, 0, 0x10] + syncsafe(body.count) + body + ascii("3DI") + [4, 0, 0x10] + syncsafe(body.count)
    }()
    /// An APEv2 tag with header and footer, as foobar2000 or mp3gain write it.
    static let ape: [UInt8] = {
        let item = le32(Identifying.author.utf8.count) + le32(0) + ascii("Artist\0" + Identifying.author)
        let size = item.count + 32
        func frame(_ flags: Int) -> [UInt8] { ascii("APETAGEX") + le32(2000) + le32(size) + le32(1) + le32(flags) + [UInt8](repeating: 0, count: 8) }
        return frame(0xA000_0000) + item + frame(0x8000_0000)
    }()
    /// A Lyrics3 v2 tag naming the artist (EAR), as Winamp-era taggers left it before ID3v1.
    static let lyrics3: [UInt8] = {
        let body = ascii("LYRICSBEGIN") + ascii("IND00002") + ascii("00") + ascii("EAR00012" + Identifying.author)
        let size = String(body.count)
        return body + ascii(String(repeating: "0", count: 6 - size.count) + size) + ascii("LYRICS200")
    }()
    static let id3v1: [UInt8] = {
        func field(_ s: String, _ n: Int) -> [UInt8] { Array((ascii(s) + [UInt8](repeating: 0, count: n)).prefix(n)) }
        return ascii("TAG") + field("Rekaman", 30) + field(Identifying.author, 30) + field("Jakarta", 30) + field("2025", 4)
            + field("", 30) + [12]
    }()

    @Test func everyTagIsRemovedAndOnlyTheFramesRemain() throws {
        let tagged = Self.id3v23 + Self.id3v24 + Self.frames + Self.id3v24 + Self.ape + Self.lyrics3 + Self.id3v1

        let (kind, kept) = try AttachmentPolicy.accept(name: "rekaman.mp3", bytes: tagged)

        #expect(kind == .mp3)
        #expect(kept == Self.frames)
        #expect(Identifying.found(in: kept).isEmpty)
        let lyrics3v1 = Self.frames + ascii("LYRICSBEGIN" + "Lagu oleh " + Identifying.author + "LYRICSEND") + Self.id3v1
        #expect(try AttachmentPolicy.accept(name: "lama.mp3", bytes: lyrics3v1).bytes == Self.frames, "Lyrics3 v1, which has no size")
    }

    @Test func aTagThatOverrunsTheFileOrSoundThatIsNoMPEGIsRefused() {
        expectRefused("potong.mp3", Array(Self.id3v23.prefix(60)), "the tag says it is longer than the file")
        expectRefused("lain.mp3", Self.id3v23 + ascii("RIFF....WAVEfmt ") + Self.id3v1, "no frame sync after the tags")
        expectRefused("ekor.mp3", Self.frames + Self.ape + ascii("MMTAG 3.00 tail"), "an APE tag behind a trailer we do not know")
        var notSyncsafe = Self.id3v23
        notSyncsafe[9] = 0x80
        expectRefused("rusak.mp3", notSyncsafe + Self.frames, "a size byte with its top bit set is not syncsafe")
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
