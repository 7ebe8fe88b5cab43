import Crypto
import Foundation

/// Short-lived tokens the server signs and later checks without storing anything, so any server
/// behind the load balancer can check what another issued. Each purpose has its own key.
public struct TokenSigner: Sendable {
    private let key: [UInt8]

    public init(cipher: FieldCipher, purpose: String) {
        key = cipher.subkey("simpul signed token: " + purpose)
    }

    /// `fields` must not contain `.`; the token is `fields.expiry.mac`.
    public func sign(_ fields: [String], expires: Date) -> String {
        let body = (fields + [String(Int(expires.timeIntervalSince1970))]).joined(separator: ".")
        return body + "." + mac(body)
    }

    /// The fields, when the signature holds and the token has not expired.
    public func verify(_ token: String, now: Date) -> [String]? {
        guard token.utf8.count < 1_000 else { return nil }
        var parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return nil }
        let sent = parts.removeLast()
        let body = parts.joined(separator: ".")
        guard Secrets.constantTimeEqual(mac(body), sent),
              let expiry = parts.popLast().flatMap(Double.init), expiry >= now.timeIntervalSince1970 else { return nil }
        return parts
    }

    private func mac(_ body: String) -> String {
        Secrets.base64url(Array(HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: key))))
    }
}

/// A challenge a submission must answer when its address has sent many: a proof of work that a
/// small script solves in the background, or, without JavaScript, a sum in words. No third
/// party is asked, and nothing about the person is kept.
public struct Challenge: Sendable, Hashable {
    public let token: String
    public let bits: Int
    public let a: Int
    public let b: Int

    public static func issue(signer: TokenSigner, bits: Int, now: Date, validFor: TimeInterval = 1800) -> Challenge {
        var rng = SystemRandomNumberGenerator()
        let a = Int.random(in: 2...9, using: &rng), b = Int.random(in: 2...9, using: &rng)
        let nonce = Secrets.token(byteCount: 12)
        let token = signer.sign(["c1", nonce, String(bits), String(a), String(b)], expires: now.addingTimeInterval(validFor))
        return Challenge(token: token, bits: bits, a: a, b: b)
    }

    /// The token's nonce when `proof` (a number found by work) or `answer` (the sum) is right.
    public static func check(token: String, proof: String?, answer: String?, signer: TokenSigner, now: Date) -> String? {
        guard let f = signer.verify(token, now: now), f.count == 5, f[0] == "c1",
              let bits = Int(f[2]), let a = Int(f[3]), let b = Int(f[4]) else { return nil }
        if let answer, Int(answer.trimmingCharacters(in: .whitespaces)) == a + b { return f[1] }
        if let proof, proof.utf8.count <= 20, leadingZeroBits(SHA256.hash(data: Data((token + ":" + proof).utf8))) >= bits {
            return f[1]
        }
        return nil
    }

    static func leadingZeroBits(_ digest: SHA256.Digest) -> Int {
        var n = 0
        for byte in digest {
            if byte == 0 { n += 8; continue }
            n += byte.leadingZeroBitCount
            break
        }
        return n
    }
}
