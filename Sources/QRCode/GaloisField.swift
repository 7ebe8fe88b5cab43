/// Arithmetic in GF(2⁸) as QR codes use it: bytes are polynomials over GF(2) reduced modulo
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D), and 2 (the polynomial x) generates every non-zero element.
enum GaloisField {
    /// `exponent[i]` is 2ⁱ; doubled in length so a sum of two logarithms needs no reduction.
    static let exponent: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            table[i + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// `logarithm[v]` is the `i` with 2ⁱ = v; undefined (0) for v = 0.
    static let logarithm: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exponent[i])] = i }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return exponent[logarithm[Int(a)] + logarithm[Int(b)]]
    }
}
