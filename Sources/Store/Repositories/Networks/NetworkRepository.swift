import Cases
import Foundation
import Networks
import Security

/// Perpetrator networks in the store: the entities case files name, the links among them, and
/// where an identifier is seen in other cases. An identifier's text is sealed to its row; across
/// cases it is compared only as a keyed hash of its normalised form, as person matching does, so
/// a copy of the database holds no list of phones, accounts or handles.
public struct NetworkRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// Where every change and every view is recorded.
    let audit: AuditLog
    /// The national overview's networks, kept while the change numbers stand (`groups()`); nil
    /// scans at every view.
    var groupsCache: VersionedCache<Int64, NetworkGroups>? = nil
    var cases: CaseRepository { CaseRepository(db: db, cipher: cipher, audit: audit) }

    static let keyPurpose = "simpul network identifiers v1"
    static let namePurpose = "simpul network names v1"

    /// The keyed hash under which an identifier is matched across cases.
    public func matchKey(_ key: IdentifierKey) -> Int64 { Self.matchKeys([key], cipher: cipher)[0] }

    /// The keyed hashes of many identifiers: the one code path by which case files and the
    /// public's reports and checks (`PublicSightingRepository`) key an identifier. Derived from
    /// the root key, which rotation never changes, so a key stays comparable for ever.
    static func matchKeys(_ keys: [IdentifierKey], cipher: FieldCipher) -> [Int64] {
        KeyedDigest(cipher: cipher, purpose: keyPurpose).int64s(keys.map(\.description))
    }

    var nameDigest: KeyedDigest { KeyedDigest(cipher: cipher, purpose: Self.namePurpose) }

    /// An entity's value is sealed to its row.
    static func valueContext(_ id: String) -> String { "network-entity:\(id)" }

    /// What is sealed in `network_mentions.value`: the text as typed.
    struct Sealed: Codable { var value: String }

    func seal(_ value: String, id: String) throws -> [UInt8] { try cipher.seal(json: Sealed(value: value), context: Self.valueContext(id)) }

    func open(_ row: SQLRow) throws -> String {
        guard let box = row.blob("value") else { return "" }
        return try cipher.open(json: Sealed.self, box, context: Self.valueContext(try row.text("id"))).value
    }

    /// The agencies involved in a case the viewer may see; `notFound` otherwise, so that the
    /// answer does not tell which cases exist.
    func visibleCase(_ caseID: String, viewer: Viewer) async throws -> Set<String> {
        let involved = Set(try await cases.involvedAgencies(caseID: caseID).map(\.id))
        guard !involved.isEmpty, AccessPolicy.maySeeCase(viewer, involvedAgencies: involved) else { throw StoreError.notFound("case \(caseID)") }
        return involved
    }

    /// Whether the viewer may read the values typed into this case's entities: those with a need
    /// to know on it, as for the identity of a suspect.
    static func maySeeValues(_ viewer: Viewer, involved: Set<String>) -> Bool {
        AccessPolicy.maySeeIdentity(viewer, of: .suspect, involvedAgencies: involved)
    }

    /// A stored mention as the viewer may see it.
    func mention(_ r: SQLRow, showValue: Bool) throws -> EntityMention {
        let type = EntityType(rawValue: try r.text("entity_type")) ?? .person
        let provider = r.optionalText("provider")
        let malformed = r.bool("malformed")
        let value = showValue ? try open(r) : nil
        var problem: IdentifierProblem?
        // The reason is read again from the value: it is never stored beside it in the clear.
        if malformed, let value, let kind = type.identifierKind(provider: provider) { problem = Identifier.normalise(kind: kind, raw: value).problem }
        return EntityMention(id: try r.text("id"), caseID: try r.text("case_id"), type: type, provider: provider, role: r.optionalText("role"),
                             personID: r.optionalText("person_id"), value: value, malformed: malformed, problem: problem,
                             keyed: r["match_key"].int64 != nil, firstSeen: r.optionalText("first_seen"), lastSeen: r.optionalText("last_seen"),
                             agencyID: try r.text("agency_id"), createdAt: try r.text("created_at"))
    }

    /// `?, ?, …` for an IN list of `n` values.
    static func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

    static func link(_ r: SQLRow) throws -> EntityLink {
        EntityLink(id: try r.text("id"), caseID: try r.text("case_id"), sourceID: try r.text("source_id"), targetID: try r.text("target_id"),
                   kind: try r.text("kind"), day: r.optionalText("day"), count: r.optionalInt("n") ?? 1, amount: r["amount"].int64)
    }
}
