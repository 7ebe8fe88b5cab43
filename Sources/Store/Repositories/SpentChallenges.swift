import Foundation

/// Proof-of-work challenges already answered, kept in the store so that every server behind the
/// load balancer refuses a second use, not only the one that saw the first. A nonce is random and
/// says nothing of who answered it.
public struct SpentChallenges: Sendable {
    let db: any SQLDatabase

    /// Marks the nonce spent until `expires` (when the challenge's own signature runs out);
    /// false when it was spent already.
    public func spend(_ nonce: String, expires: Date, now: Date = Date()) async throws -> Bool {
        do {
            try await db.execute("INSERT INTO spent_challenges (nonce, expires_at) VALUES (?, ?)",
                                 [.text(nonce), .text(Timestamp.string(expires))])
        } catch StoreError.conflict {
            return false
        }
        // Keeping the table small is everyone's job, now and then.
        if Int.random(in: 0..<200) == 0 {
            try await db.execute("DELETE FROM spent_challenges WHERE expires_at < ?", [.text(Timestamp.string(now))])
        }
        return true
    }
}
