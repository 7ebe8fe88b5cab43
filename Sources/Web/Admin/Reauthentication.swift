import Cases
import Foundation
import Hummingbird
import NIOPosix
import Security
import Store

/// Sensitive administration (new users, roles, disabling, reset links, revoking tokens) asks for
/// the administrator's password or a current authenticator code again, so that a session left
/// open on a desk is not enough. Wrong answers count towards the lock-out like a wrong sign-in.
struct Reauthentication {
    let store: SimpulStore
    let hasher: PasswordHasher

    static let field = "confirm"

    /// Nil when the answer is right; else the error to show beside the field. Throws a redirect
    /// to the sign-in page when the wrong answer locked the account.
    func check(_ s: SignedIn, _ form: FormData, lang: Lang) async throws -> FieldError? {
        let answer = (form[Self.field] ?? "").trimmingCharacters(in: .whitespaces)
        guard !answer.isEmpty, answer.utf8.count <= 200 else {
            return FieldError(field: Self.field, id: "Masukkan kata sandi atau kode autentikator Anda untuk mengonfirmasi.",
                              en: "Enter your password or authenticator code to confirm.")
        }
        if try await confirms(answer, s) { return nil }
        if try await store.users.recordFailure(userID: s.user.id) {
            try await store.sessions.delete(secret: s.sessionSecret)
            throw PageRedirect(SiteRoute.login.path)
        }
        return FieldError(field: Self.field, id: "Kata sandi atau kode salah.", en: "Wrong password or code.")
    }

    private func confirms(_ answer: String, _ s: SignedIn) async throws -> Bool {
        if answer.count == TOTP.digits, answer.allSatisfy(\.isNumber), let (totp, _) = try await store.users.secondFactor(userID: s.user.id) {
            // The step already used to sign in may be used again here: this is the same person
            // confirming within the same minute, not a second sign-in.
            return totp.verify(answer, at: Date()) != nil
        }
        guard let hash = try await store.users.credentials(username: s.user.username)?.hash else { return false }
        let hasher = self.hasher
        return try await NIOThreadPool.singleton.runIfActive { hasher.verify(answer, hash: hash) }
    }
}
