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
        // The prefix is one segment ("phone"), or two for the kinds with a provider
        // ("ewallet:ovo", "social:instagram"); read as bytes, since every node id of a large
        // link file passes through here.
        let u = text.utf8
        guard let first = u.firstIndex(of: 58) else { return nil }
        var end = first
        let head = String(text[..<first])
        if head == "ewallet" || head == "social" {
            guard let second = u[u.index(after: first)...].firstIndex(of: 58) else { return nil }
            end = second
        }
        let valueStart = u.index(after: end)
        guard valueStart < u.endIndex, let kind = Self.kindByPrefix[String(text[..<end])] else { return nil }
        self.init(kind: kind, value: String(text[valueStart...]))
    }

    private static let kindByPrefix: [String: IdentifierKind] = Dictionary(uniqueKeysWithValues: IdentifierKind.allKinds.map { ($0.prefix, $0) })
}
