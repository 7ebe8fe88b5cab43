/// The sequence of codewords a symbol carries: the bytes in byte mode, padded to the version's
/// capacity, split into blocks, each block followed by its Reed–Solomon codewords, interleaved.
enum Codewords {
    /// Bits spent before the data in byte mode: the mode indicator 0100 and the byte count.
    static func headerBits(_ version: Version) -> Int { 4 + version.characterCountBits }

    /// The most bytes that fit `version` at `level`.
    static func capacity(_ version: Version, _ level: ErrorCorrectionLevel) -> Int {
        (BlockStructure(version, level).dataCodewords * 8 - headerBits(version)) / 8
    }

    /// The data codewords for `bytes`, which must fit: header, data, a terminator of up to four
    /// zero bits, zero bits to the byte boundary, then the pad bytes 11101100 and 00010001 in turn.
    static func data(_ bytes: [UInt8], _ version: Version, _ level: ErrorCorrectionLevel) -> [UInt8] {
        let capacity = BlockStructure(version, level).dataCodewords
        var bits = BitWriter()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: version.characterCountBits)
        for b in bytes { bits.append(Int(b), count: 8) }
        bits.append(0, count: min(4, capacity * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        for k in 0..<(capacity - codewords.count) { codewords.append(k % 2 == 0 ? 0xEC : 0x11) }
        return codewords
    }

    /// The final sequence: the first codeword of every block, then the second, and so on (short
    /// blocks run out first), then the correction codewords interleaved the same way.
    static func interleaved(_ data: [UInt8], _ version: Version, _ level: ErrorCorrectionLevel) -> [UInt8] {
        let structure = BlockStructure(version, level)
        let generator = ReedSolomon.generator(degree: structure.correctionPerBlock)
        var blocks: [[UInt8]] = []
        var start = 0
        for length in structure.dataLengths {
            blocks.append(Array(data[start..<(start + length)]))
            start += length
        }
        let corrections = blocks.map { ReedSolomon.correction(for: $0, generator: generator) }
        var out: [UInt8] = []
        for i in 0..<(structure.dataLengths.last ?? 0) {
            for block in blocks where i < block.count { out.append(block[i]) }
        }
        for i in 0..<structure.correctionPerBlock {
            for correction in corrections { out.append(correction[i]) }
        }
        return out
    }
}

/// Bits appended most significant first, read back as bytes (the last one zero-filled).
struct BitWriter {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<min(start + 8, bits.count)].enumerated().reduce(UInt8(0)) { byte, bit in
                bit.element ? byte | UInt8(0x80 >> bit.offset) : byte
            }
        }
    }
}
