import Testing
@testable import Reporting

@Suite struct MP4MetadataTests {
    static func box(_ type: [UInt8], _ payload: [UInt8]) -> [UInt8] { be32(8 + payload.count) + type + payload }
    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] { box(ascii(type), payload) }
    static func zeros(_ n: Int) -> [UInt8] { [UInt8](repeating: 0, count: n) }

    static let sound = [UInt8](repeating: 0xA5, count: 64)
    static let ftyp = box("ftyp", ascii("M4A ") + be32(0) + ascii("M4A isomiso2"))
    /// XMP in a top-level `uuid` box, as Adobe tools write it.
    static let xmp = box("uuid", [0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC]
        + ascii("<x:xmpmeta><dc:creator>\(Identifying.author)</dc:creator></x:xmpmeta>"))
    /// The sound in an `mdat` with a 64-bit size, as a recorder writes one it cannot size beforehand.
    static let mdat = be32(1) + ascii("mdat") + be32(0) + be32(16 + sound.count) + sound
    static let soundOffset = ftyp.count + xmp.count + 16

    /// A phone recording laid out as it is written: `moov` last, its size 0 ("to the end of the
    /// file"), carrying the place (©xyz), the author (©ART) and the device (QuickTime keys).
    static let recording: [UInt8] = {
        let stco = box("stco", zeros(4) + be32(1) + be32(soundOffset))
        let trak = box("trak", box("tkhd", zeros(84)) + box("mdia", box("minf", box("stbl", stco)))
            + box("udta", box([0xA9] + ascii("nam"), ascii("Rekaman \(Identifying.author)"))))
        let udta = box("udta", box([0xA9] + ascii("xyz"), [0, 18, 0x15, 0xC7] + ascii(Identifying.gps)))
        let meta = box("meta", zeros(4) + box("hdlr", zeros(8) + ascii("mdta") + zeros(13))
            + box("keys", zeros(4) + be32(1) + box("mdta", ascii("com.android.model")))
            + box("ilst", box(be32(1), box("data", be32(1) + be32(0) + ascii(Identifying.device)))))
        let moov = be32(0) + ascii("moov") + box("mvhd", zeros(100)) + trak + udta + meta
        return ftyp + xmp + mdat + moov
    }()

    /// The boxes between `from` and `to` as (type, whole extent), or nil when they do not tile it.
    static func walk(_ b: [UInt8], _ from: Int, _ to: Int) -> [(type: String, range: Range<Int>, header: Int)]? {
        var i = from, found: [(String, Range<Int>, Int)] = []
        while i < to {
            guard to - i >= 8 else { return nil }
            var size = b.bigEndian32(at: i), header = 8
            if size == 1 { size = b.bigEndian32(at: i + 12); header = 16 } else if size == 0 { size = to - i }
            guard size >= header, i + size <= to else { return nil }
            found.append((String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self), i..<(i + size), header))
            i += size
        }
        return found
    }

    static func children(_ b: [UInt8], of parent: (type: String, range: Range<Int>, header: Int)) -> [(type: String, range: Range<Int>, header: Int)] {
        walk(b, parent.range.lowerBound + parent.header, parent.range.upperBound) ?? []
    }

    @Test func metadataBoxesBecomeFreeSpaceAndNoOffsetMoves() throws {
        let (kind, kept) = try AttachmentPolicy.accept(name: "rekaman.m4a", bytes: Self.recording)

        #expect(kind == .mp4)
        #expect(Identifying.found(in: Self.recording).count == 4, "the fixture carries a place, a name and a device")
        #expect(Identifying.found(in: kept).isEmpty)
        #expect(!String(decoding: kept, as: UTF8.self).contains("com.android.model"))
        #expect(kept.count == Self.recording.count)
        let top = try #require(Self.walk(kept, 0, kept.count))
        #expect(top.map(\.type) == ["ftyp", "free", "mdat", "moov"])
        let moov = Self.children(kept, of: top[3])
        #expect(moov.map(\.type) == ["mvhd", "trak", "free", "free"])
        let trak = Self.children(kept, of: moov[1])
        #expect(trak.map(\.type) == ["tkhd", "mdia", "free"])
        let stco = Self.children(kept, of: Self.children(kept, of: Self.children(kept, of: trak[1])[0])[0])[0]
        let offset = kept.bigEndian32(at: stco.range.lowerBound + 16)
        #expect(Array(kept[offset..<(offset + Self.sound.count)]) == Self.sound, "the sample table still points at the sound")
    }

    @Test func boxesThatDoNotCoverTheFileAreRefused() {
        let moov = Self.box("moov", Self.box("udta", ascii(Identifying.gps)))
        expectRefused("potong.m4a", Self.ftyp + moov.dropLast(3), "the file ends inside moov")
        let overrun = Self.box("moov", be32(500) + ascii("trak") + Self.zeros(20) + Self.box("udta", ascii(Identifying.gps)))
        expectRefused("rusak.m4a", Self.ftyp + overrun, "a trak claims more than its moov holds")
        expectRefused("sisa.m4a", Self.ftyp + moov + [0, 0, 0], "three stray bytes after the last box")
    }
}
