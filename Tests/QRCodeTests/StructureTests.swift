@testable import QRCode
import Testing

/// The parts of every symbol a reader looks for before it reads any data.
@Suite struct StructureTests {
    static let samples: [QRCode] = [
        try! QRCode(text: "otpauth://totp/Simpul:admin?secret=JBSWY3DPEHPK3PXP&issuer=Simpul"),
        try! QRCode(text: "A", level: .high),
        try! QRCode(bytes: Array(repeating: 0x61, count: 300), level: .low),
        try! QRCode(bytes: Array(repeating: 0x00, count: 1000), level: .quartile),
    ]

    @Test(arguments: samples) func finderPatternsSitInThreeCornersWithLightSeparators(_ qr: QRCode) {
        let n = qr.size
        for (left, top) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            for dy in 0..<7 {
                for dx in 0..<7 {
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    #expect(qr.isDark(x: left + dx, y: top + dy) == (ring != 2), "finder at (\(left), \(top)), module (\(dx), \(dy))")
                }
            }
        }
        // The separator: the light row and column between each finder and the rest.
        for i in 0..<8 {
            #expect(!qr.isDark(x: i, y: 7) && !qr.isDark(x: 7, y: i))
            #expect(!qr.isDark(x: n - 1 - i, y: 7) && !qr.isDark(x: n - 8, y: i))
            #expect(!qr.isDark(x: i, y: n - 8) && !qr.isDark(x: 7, y: n - 1 - i))
        }
    }

    @Test(arguments: samples) func timingPatternsAlternateBetweenTheFinders(_ qr: QRCode) {
        for i in 8..<(qr.size - 8) {
            #expect(qr.isDark(x: i, y: 6) == (i % 2 == 0), "row 6, column \(i)")
            #expect(qr.isDark(x: 6, y: i) == (i % 2 == 0), "column 6, row \(i)")
        }
    }

    @Test(arguments: samples) func theDarkModuleIsAlwaysDark(_ qr: QRCode) {
        #expect(qr.isDark(x: 8, y: qr.size - 8))
    }

    @Test(arguments: samples) func bothCopiesOfTheFormatInformationNameTheLevelAndMaskUsed(_ qr: QRCode) throws {
        let first = FormatReading.firstCopy(qr), second = FormatReading.secondCopy(qr)
        #expect(first == second)
        let decoded = try #require(FormatReading.decode(first), "a valid BCH word, not one bit off")
        #expect(decoded.level == qr.level && decoded.mask == qr.mask)
    }

    @Test(arguments: samples) func alignmentPatternsStandWhereTheVersionPutsThem(_ qr: QRCode) {
        let centres = Version(number: qr.version).alignmentCentres
        for x in centres {
            // Three positions fall on finders, which have light rings where alignment patterns are dark.
            for y in centres where x > 6 || y > 6 {
                guard x != 6 || y != centres.last, y != 6 || x != centres.last else { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        #expect(qr.isDark(x: x + dx, y: y + dy) == (max(abs(dx), abs(dy)) != 1), "alignment at (\(x), \(y))")
                    }
                }
            }
        }
    }

    @Test func versionInformationAppearsFromVersionSevenInBothCorners() throws {
        for (bytes, expected) in [(107, 7), (213, 10), (857, 23), (2331, 40)] {
            let qr = try QRCode(bytes: Array(repeating: 0x41, count: bytes))
            #expect(qr.version == expected)
            let (topRight, bottomLeft) = FormatReading.versionBlocks(qr)
            #expect(topRight == bottomLeft, "the two blocks are mirror copies")
            #expect(topRight >> 12 == expected, "the version in the top six bits")
            #expect(FormatReading.bchRemainder(topRight, generator: 0x1F25) == 0, "a codeword of the BCH(18, 6) code")
        }
    }
}
