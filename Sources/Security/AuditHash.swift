import Crypto
import Foundation

/// The hash that chains audit entries: each entry's hash covers its own fields and the previous
/// entry's hash, so altering or deleting any entry breaks every link after it.
public enum AuditHash {
    /// The hash before the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    public static func compute(previous: String, sequence: Int64, at: String, actorUserID: String?,
                               actorAgencyID: String?, action: String, caseID: String?, personID: String?,
                               detail: String) -> String {
        // Fields are length-prefixed so that no two different entries serialise alike.
        var text = ""
        for field in [previous, String(sequence), at, actorUserID ?? "-", actorAgencyID ?? "-", action,
                      caseID ?? "-", personID ?? "-", detail] {
            text += "\(field.utf8.count):\(field)|"
        }
        return Hex.encode(SHA256.hash(data: Data(text.utf8)))
    }
}
