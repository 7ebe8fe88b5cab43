/// An identifier in normalised form: two case files that name the same phone, account or
/// handle, however it was typed, give equal keys.
///
/// Its string form `kind:value` ("phone:+6281234567890", "bank:014:1234567890",
/// "social:instagram:nama.akun") is stable across versions: the store keeps it keyed-hashed,
/// so the plaintext list of identifiers never needs to exist outside the case files.
public struct IdentifierKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let kind: IdentifierKind
    /// The normalised value, without the kind's prefix.
    public let value: String

    public init(kind: IdentifierKind, value: String) {
        self.kind = kind
        self.value = value
    }

    public var description: String { "\(kind.prefix):\(value)" }

    public static func < (a: IdentifierKey, b: IdentifierKey) -> Bool { a.description < b.description }

    /// Reads a key's string form back ("phone:+62812…" → `.phone`, "+62812…"). Nil when the
    /// prefix names no kind. The value is taken as already normalised.
    public init?(_ text: String) {
        // Longest prefix first: "ewallet:ovo" before a hypothetical "ewallet".
        for kind in IdentifierKind.allKinds.sorted(by: { $0.prefix.count > $1.prefix.count }) {
            let p = kind.prefix + ":"
            if text.hasPrefix(p), text.count > p.count {
                self.init(kind: kind, value: String(text.dropFirst(p.count)))
                return
            }
        }
        return nil
    }
}
