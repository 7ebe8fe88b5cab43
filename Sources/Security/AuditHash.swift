import Crypto
import Foundation

/// The hash that chains audit entries: each entry's hash covers its own fields and the previous
/// entry's hash, so altering or deleting any entry breaks every link after it. Plain SHA-256 is
/// what entries written before the chain was keyed carry; anyone can recompute it, which is why
/// new entries are hashed with `AuditChainKey`.
public enum AuditHash {
    /// The hash before the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// An entry as both hashes read it.
    public struct Serialised: Sendable {
        let bytes: Data
    }

    public static func serialise(previous: String, sequence: Int64, at: String, actorUserID: String?,
                                 actorAgencyID: String?, action: String, caseID: String?, personID: String?,
                                 detail: String) -> Serialised {
        // Fields are length-prefixed so that no two different entries serialise alike.
        var text = ""
        for field in [previous, String(sequence), at, actorUserID ?? "-", actorAgencyID ?? "-", action,
                      caseID ?? "-", personID ?? "-", detail] {
            text += "\(field.utf8.count):\(field)|"
        }
        return Serialised(bytes: Data(text.utf8))
    }

    public static func compute(_ entry: Serialised) -> String {
        Hex.encode(SHA256.hash(data: entry.bytes))
    }
}
