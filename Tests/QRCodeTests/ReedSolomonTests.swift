@testable import QRCode
import Testing

@Suite struct ReedSolomonTests {
    /// The worked example of ISO/IEC 18004 annex I: "01234567" in numeric mode, version 1-M.
    @Test func theStandardsWorkedExampleGivesItsCorrectionCodewords() {
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        let correction = ReedSolomon.correction(for: data, generator: ReedSolomon.generator(degree: 10))
        #expect(correction == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    /// A block with its correction codewords is a multiple of the generator, so it vanishes at
    /// every root 2⁰ … 2ⁿ⁻¹: that is what lets a reader find and fix errors.
    @Test(arguments: [7, 10, 17, 22, 28, 30]) func everyBlockVanishesAtTheGeneratorsRoots(_ degree: Int) {
        let data = (0..<40).map { UInt8(($0 * 91 + degree) % 256) }
        let block = data + ReedSolomon.correction(for: data, generator: ReedSolomon.generator(degree: degree))
        for i in 0..<degree {
            let root = GaloisField.exponent[i]
            let value = block.reduce(UInt8(0)) { GaloisField.multiply($0, root) ^ $1 }
            #expect(value == 0, "root 2^\(i)")
        }
        var damaged = block
        damaged[3] ^= 0x40
        #expect(damaged.reduce(0, ^) != 0, "a changed codeword shows at the root 2⁰ = 1, where the value is the XOR of all")
    }

    @Test func theFieldIsGeneratedByTwoModulo0x11D() {
        #expect(GaloisField.exponent[8] == 0x1D, "2⁸ = x⁸ ≡ x⁴ + x³ + x² + 1")
        #expect(Set(GaloisField.exponent[0..<255]).count == 255, "2 reaches every non-zero byte")
        #expect(GaloisField.multiply(0x53, 0xCA) == GaloisField.multiply(0xCA, 0x53))
    }
}
