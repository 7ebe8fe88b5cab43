import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), the codes that
/// authenticator apps show. Written here rather than taken from HummingbirdOTP because that
/// module treats the secret as text and pulls the web framework into this server-free target.
public struct TOTP: Sendable {
    public let secret: [UInt8]
    public static let digits = 6
    public static let step: TimeInterval = 30

    public init(secret: [UInt8]) { self.secret = secret }

    public init?(base32 text: String) {
        guard let bytes = Base32.decode(text), bytes.count >= 10 else { return nil }
        secret = bytes
    }

    public static func generate() -> TOTP {
        var rng = SystemRandomNumberGenerator()
        return TOTP(secret: (0..<20).map { _ in UInt8.random(in: .min ... .max, using: &rng) })
    }

    public var base32Secret: String { Base32.encode(secret) }

    public func code(at date: Date) -> String {
        code(counter: UInt64(date.timeIntervalSince1970 / Self.step))
    }

    func code(counter: UInt64) -> String {
        let message = withUnsafeBytes(of: counter.bigEndian) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let value = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        return String(format: "%06u", value % 1_000_000)
    }

    /// Accepts the current code and those of one step either side (clock drift). Answers the
    /// accepted step, so the caller can refuse the same code twice.
    public func verify(_ code: String, at date: Date, notAtOrBefore lastStep: Int64? = nil) -> Int64? {
        let trimmed = code.filter { !$0.isWhitespace }
        guard trimmed.count == Self.digits else { return nil }
        let now = Int64(date.timeIntervalSince1970 / Self.step)
        for step in (now - 1)...(now + 1) where step > (lastStep ?? Int64.min) {
            if Secrets.constantTimeEqual(self.code(counter: UInt64(step)), trimmed) { return step }
        }
        return nil
    }

    /// The `otpauth://` address an authenticator app reads (usually from a QR code).
    public func provisioningURI(account: String, issuer: String = "Simpul") -> String {
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? account
        return "otpauth://totp/\(label)?secret=\(base32Secret)&issuer=\(issuer)&digits=6&period=30"
    }
}

/// RFC 4648 base32, as authenticator apps expect secrets.
public enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = ""
        var buffer = 0, bits = 0
        for b in bytes {
            buffer = (buffer << 8) | Int(b)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }

    public static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = 0, bits = 0
        for ch in text.uppercased() where ch != "=" && ch != " " {
            guard let v = alphabet.firstIndex(of: ch) else { return nil }
            buffer = (buffer << 5) | v
            bits += 5
            if bits >= 8 {
                out.append(UInt8((buffer >> (bits - 8)) & 0xff))
                bits -= 8
            }
        }
        return out
    }
}
