/// Reed–Solomon error correction over `GaloisField`, as a QR code's blocks carry it.
enum ReedSolomon {
    /// The generator polynomial (x − 2⁰)(x − 2¹)…(x − 2ⁿ⁻¹) for `n` correction codewords, as its
    /// coefficients from the highest power down, the leading 1 left out.
    static func generator(degree n: Int) -> [UInt8] {
        var coefficients: [UInt8] = [1]
        for i in 0..<n {
            // Multiply by (x + 2ⁱ): subtraction is addition (XOR) in a field of characteristic 2.
            let root = GaloisField.exponent[i]
            var next = coefficients + [0]
            for (k, c) in coefficients.enumerated() { next[k + 1] ^= GaloisField.multiply(c, root) }
            coefficients = next
        }
        return Array(coefficients.dropFirst())
    }

    /// The correction codewords for `data`: the remainder of data(x)·xⁿ divided by the
    /// generator, found by long division one data codeword at a time.
    static func correction(for data: [UInt8], generator: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for (k, g) in generator.enumerated() { remainder[k] ^= GaloisField.multiply(g, factor) }
        }
        return remainder
    }
}
