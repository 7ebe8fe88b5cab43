/// The code printed on a certificate, with which anyone can check it: 16 characters from an
/// alphabet of 30 without look-alikes (no 0/O, 1/I/L, U), about 78 bits, so codes cannot be guessed or
/// walked through one by one.
public enum VerificationCode {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTVWXYZ23456789")

    public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let chars = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 16, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(separator: "-")
    }

    public static func make() -> String {
        var g = SystemRandomNumberGenerator()
        return make(using: &g)
    }

    /// The code as typed (any case, with or without dashes or spaces) in its printed form, or nil
    /// when it cannot be one.
    public static func normalised(_ typed: String) -> String? {
        let chars = typed.uppercased().filter { $0 != "-" && $0 != " " }
        guard chars.count == 16, chars.allSatisfy(alphabet.contains) else { return nil }
        let a = Array(chars)
        return stride(from: 0, to: 16, by: 4).map { String(a[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
