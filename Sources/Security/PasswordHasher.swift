import Foundation
import HummingbirdBcrypt

/// bcrypt password hashing. The cost is a setting so tests can run fast; production uses 12
/// (about a quarter of a second on this machine), and nothing below 10 is accepted outside tests.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    public func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// Rules a new password must meet; answers the problem in both languages, or nil.
    public static func problem(with password: String) -> (id: String, en: String)? {
        if password.count < 12 {
            return ("Kata sandi minimal 12 karakter", "The password must have at least 12 characters")
        }
        if password.utf8.count > 72 {
            return ("Kata sandi maksimal 72 byte", "The password must be at most 72 bytes")
        }
        if Set(password).count < 5 {
            return ("Kata sandi terlalu mudah ditebak", "The password is too easy to guess")
        }
        return nil
    }
}
