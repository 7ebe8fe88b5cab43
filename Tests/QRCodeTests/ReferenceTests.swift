@testable import QRCode
import Testing

/// Symbols that segno, an independent implementation, made for the same input and mask
/// (`make_reference_vectors.py`): equal module for module, so readers that read segno's read ours.
@Suite struct ReferenceTests {
    @Test func smallSymbolsEqualTheReferenceModuleForModule() throws {
        for vector in ReferenceVectors.matrices {
            let qr = try QRCode(text: vector.text, level: vector.level, mask: vector.mask)
            #expect(Self.rows(qr) == vector.rows, "\(vector.text) at \(vector.level), \(vector.mask)")
        }
    }

    @Test(arguments: ErrorCorrectionLevel.allCases) func everyVersionMatchesTheReferenceAtThisLevel(_ level: ErrorCorrectionLevel) throws {
        for vector in ReferenceVectors.fullSymbolHashes where vector.level == level {
            let bytes = (0..<vector.length).map { UInt8((7 * $0 + vector.version) % 256) }
            let qr = try QRCode(bytes: bytes, level: level, mask: Mask(rawValue: vector.version % 8))
            #expect(qr.version == vector.version, "the longest input for version \(vector.version) at \(level)")
            #expect(Self.fnv1a(Self.rows(qr).joined(separator: "\n")) == vector.hash, "version \(vector.version) at \(level)")
        }
    }

    /// The penalty rules leave room for reading (what lies beyond the edge, how overlapping
    /// patterns count); with the same reading as segno, the same mask wins.
    @Test func thePenaltyRulesChooseTheSameMaskAsTheReference() throws {
        for vector in ReferenceVectors.chosenMasks {
            #expect(try QRCode(text: vector.text).mask == vector.mask, "\(vector.text)")
        }
    }

    @Test func theSameInputAlwaysGivesTheSameSymbol() throws {
        let uri = ReferenceVectors.chosenMasks[0].text
        let first = try QRCode(text: uri)
        for _ in 0..<3 {
            let again = try QRCode(text: uri)
            #expect(again == first && again.svg(label: "x", pixels: 200) == first.svg(label: "x", pixels: 200))
        }
    }

    static func rows(_ qr: QRCode) -> [String] {
        (0..<qr.size).map { y in String((0..<qr.size).map { x in qr.isDark(x: x, y: y) ? "1" : "0" }) }
    }

    /// 64-bit FNV-1a, as the generator computes it.
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }
}
