import Testing
@testable import Reporting

@Suite struct OggMetadataTests {
    static let serial = 0x5EED

    /// One page: flags 2 begins the stream, 4 ends it, 1 continues a packet from the page before.
    static func page(_ data: [UInt8], lacing: [UInt8], sequence: Int, flags: UInt8 = 0) -> [UInt8] {
        var b = ascii("OggS") + [0, flags] + [UInt8](repeating: 0, count: 8) + le32(serial) + le32(sequence) + le32(0)
            + [UInt8(lacing.count)] + lacing + data
        OggPage(b, at: 0)!.reseal(&b)
        return b
    }

    /// The lacing values of whole packets: 255 for every full segment, then the rest (maybe 0).
    static func lacing(_ packets: [[UInt8]]) -> [UInt8] {
        packets.flatMap { [UInt8](repeating: 255, count: $0.count / 255) + [UInt8($0.count % 255)] }
    }

    static func page(packets: [[UInt8]], sequence: Int, flags: UInt8 = 0) -> [UInt8] {
        page(packets.flatMap { $0 }, lacing: lacing(packets), sequence: sequence, flags: flags)
    }

    static func comments(_ magic: [UInt8], vendor: String, _ list: [String]) -> [UInt8] {
        magic + le32(vendor.utf8.count) + ascii(vendor) + le32(list.count) + list.flatMap { le32($0.utf8.count) + ascii($0) }
    }

    static let opusHead = ascii("OpusHead") + [1, 1, 0x38, 0x01] + le32(48000) + [0, 0, 0]
    /// The comments, then private data an app may keep after them (its first byte's low bit set).
    static let opusTags = comments(ascii("OpusTags"), vendor: "libopus 1.3.1 \(Identifying.device)",
                                   [Identifying.place, "ARTIST=\(Identifying.author)", "GPS=\(Identifying.gps)"])
        + [1] + ascii(Identifying.device)
    static let audio = [page(packets: [[0xFC] + [UInt8](repeating: 7, count: 60), [0xFC] + [UInt8](repeating: 8, count: 70)], sequence: 2),
                        page(packets: [[0xFC] + [UInt8](repeating: 9, count: 50)], sequence: 3, flags: 4)]

    /// A voice note as WhatsApp sends it: Opus, the identification and comment headers on
    /// pages of their own.
    static let voiceNote = page(packets: [opusHead], sequence: 0, flags: 2) + page(packets: [opusTags], sequence: 1) + audio.joined()

    static func pages(_ b: [UInt8]) -> [OggPage]? {
        var i = 0, found: [OggPage] = []
        while i < b.count {
            guard let p = OggPage(b, at: i) else { return nil }
            found.append(p)
            i = p.end
        }
        return found
    }

    @Test func theChecksumIsOggsCRC() {
        // Ogg's CRC-32 of the standard check string "123456789" (polynomial 0x04C11DB7, initial 0, not reflected).
        #expect(OggPage.checksum(ascii("123456789"), 0..<9) == 0x89A1_897F)
    }

    @Test func opusCommentsBecomePlaceholdersAndEveryPageStillChecks() throws {
        #expect(Identifying.found(in: Self.voiceNote).count == 5)

        let (kind, kept) = try AttachmentPolicy.accept(name: "PTT-20250101-WA0001.opus", bytes: Self.voiceNote)

        #expect(kind == .ogg)
        #expect(Identifying.found(in: kept).isEmpty)
        #expect(kept.count == Self.voiceNote.count)
        let pages = try #require(Self.pages(kept))
        #expect(pages.count == 4)
        #expect(pages.allSatisfy { $0.isSealed(kept) })
        #expect(Array(kept[pages[2].start...]) == Array(Self.audio.joined()), "the sound is untouched")
        let tags = Array(kept[pages[1].dataStart..<pages[1].end])
        #expect(tags == Self.comments(ascii("OpusTags"), vendor: String(repeating: " ", count: 22),
                                      ["x=" + String(repeating: " ", count: 14), "x=" + String(repeating: " ", count: 17),
                                       "x=" + String(repeating: " ", count: 20)]) + [UInt8](repeating: 0, count: 9))
    }

    @Test func vorbisCommentsAreBlankedWhereTheSetupHeaderSharesTheirPage() throws {
        let identification = [1] + ascii("vorbis") + [UInt8](repeating: 0, count: 23)
        let comment = Self.comments([3] + ascii("vorbis"), vendor: "Xiph.Org libVorbis I 20200704", [Identifying.place, "ARTIST=\(Identifying.author)"]) + [1]
        let setup = [5] + ascii("vorbis") + [UInt8](repeating: 0x42, count: 293)
        // The setup packet (300 bytes) runs from the second page into the third.
        let second = Self.page(comment + setup.prefix(255), lacing: [UInt8(comment.count), 255], sequence: 1)
        let third = Self.page(Array(setup.dropFirst(255)), lacing: [45], sequence: 2, flags: 1)
        let file = Self.page(packets: [identification], sequence: 0, flags: 2) + second + third + Self.audio.joined()

        let (_, kept) = try AttachmentPolicy.accept(name: "rekaman.ogg", bytes: file)

        #expect(Identifying.found(in: kept).isEmpty)
        let pages = try #require(Self.pages(kept))
        #expect(pages.allSatisfy { $0.isSealed(kept) })
        #expect(kept[pages[1].dataStart + comment.count - 1] == 1, "the framing bit stays set")
        #expect(Array(kept[(pages[1].dataStart + comment.count)...]) == Array(file[(pages[1].dataStart + comment.count)...]))
    }

    @Test func aBadPageATruncatedFileOrCommentsOverTwoPagesAreRefused() {
        var damaged = Self.voiceNote
        damaged[damaged.count - 10] ^= 0xFF
        expectRefused("rusak.opus", damaged, "a page whose checksum fails")
        expectRefused("potong.opus", Array(Self.voiceNote.dropLast(5)), "the last page runs past the end")
        let long = Self.comments(ascii("OpusTags"), vendor: "libopus", [Identifying.place, "COMMENT=" + String(repeating: "a", count: 300)])
        let split = Self.page(packets: [Self.opusHead], sequence: 0, flags: 2)
            + Self.page(Array(long.prefix(255)), lacing: [255], sequence: 1)
            + Self.page(Array(long.dropFirst(255)), lacing: [UInt8(long.count - 255)], sequence: 2, flags: 1) + Self.audio.joined()
        expectRefused("panjang.opus", split, "comments that continue on the next page")
        let speex = Self.page(packets: [ascii("Speex   ") + [UInt8](repeating: 0, count: 72)], sequence: 0, flags: 2)
            + Self.page(packets: [Self.opusTags], sequence: 1) + Self.audio.joined()
        expectRefused("lain.spx", speex, "a codec whose comments we do not know")
    }
}
