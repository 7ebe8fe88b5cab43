import Cases
import Foundation
import Networks

/// An entity as an officer enters it into a case (form or API): its type, the value as typed
/// (an identifier, or a name for persons and companies), and what goes with it.
public struct EntityDraft: Sendable, Decodable {
    public var type: String
    public var value: String?
    /// The e-wallet or the platform, for those types.
    public var provider: String?
    /// A person of interest's part (`Networks.PersonRole`): sponsor, recruiter, employer, …
    public var role: String?
    /// A suspect already registered in the case: the entity is that person, not a new one.
    public var suspectId: String?
    /// The person, agency or company of the case that holds this identifier (an entity's id).
    public var heldBy: String?
    /// An agency's or company's NIB and SIP3MI, recorded as identifiers it holds.
    public var nib: String?
    public var sip3mi: String?
    /// When the entity was first and last seen in the case (YYYY-MM-DD).
    public var firstSeen: String?
    public var lastSeen: String?

    public init(type: String, value: String?, provider: String? = nil, role: String? = nil, suspectId: String? = nil,
                heldBy: String? = nil, nib: String? = nil, sip3mi: String? = nil, firstSeen: String? = nil, lastSeen: String? = nil) {
        self.type = type; self.value = value; self.provider = provider; self.role = role; self.suspectId = suspectId
        self.heldBy = heldBy; self.nib = nib; self.sip3mi = sip3mi; self.firstSeen = firstSeen; self.lastSeen = lastSeen
    }

    /// Longest value kept: a long address, a profile address.
    public static let maximumLength = 300

    /// The draft checked on its own (the suspect and holder are checked against the case by the
    /// repository). Every problem is named with its field and the value given.
    public func validated(today: Date) throws -> ValidEntity {
        var v = Validator()
        let trimmed = { (s: String?) -> String? in
            let t = s?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return t.isEmpty ? nil : t
        }
        guard let type = EntityType(rawValue: type) else {
            v.fail("type", id: "Jenis entitas '\(type)' tidak dikenal; salah satu dari: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).",
                   en: "Entity type '\(type)' is unknown; one of: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
            throw ValidationFailure(v.errors)
        }
        let value = trimmed(self.value), suspect = trimmed(suspectId)
        if value == nil && !(type == .person && suspect != nil) {
            v.fail("value", id: type.isNamed ? "Nama wajib diisi" : "Nilai wajib diisi", en: type.isNamed ? "The name is required" : "The value is required")
        }
        v.maxLength(value, Self.maximumLength, "value", label: ("Nilai", "The value"))
        var provider: String?
        if type.needsProvider {
            let p = trimmed(self.provider) ?? ""
            if type.identifierKind(provider: p) == nil {
                v.fail("provider", id: "Penyedia '\(p)' tidak dikenal; salah satu dari: \(type.providers.joined(separator: ", ")).",
                       en: "Provider '\(p)' is unknown; one of: \(type.providers.joined(separator: ", ")).")
            } else {
                provider = type.identifierKind(provider: p).map { String($0.prefix.split(separator: ":").last ?? "") }
            }
        }
        var role: Networks.PersonRole?
        if type == .person {
            let r = trimmed(self.role) ?? "other"
            role = Networks.PersonRole(name: r)
            if role == nil {
                v.fail("role", id: "Peran '\(r)' tidak dikenal; salah satu dari: \(Networks.PersonRole.allCases.map(\.rawValue).joined(separator: ", ")).",
                       en: "Role '\(r)' is unknown; one of: \(Networks.PersonRole.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        let first = day(trimmed(firstSeen), "firstSeen", today: today, &v), last = day(trimmed(lastSeen), "lastSeen", today: today, &v)
        if let first, let last, last < first {
            v.fail("lastSeen", id: "Terakhir terlihat (\(last)) sebelum pertama terlihat (\(first)).",
                   en: "Last seen (\(last)) is before first seen (\(first)).")
        }
        let nib = type == .agency || type == .company ? trimmed(self.nib) : nil
        let licence = type == .agency ? trimmed(sip3mi) : nil
        v.maxLength(nib, 40, "nib", label: ("NIB", "NIB"))
        v.maxLength(licence, 60, "sip3mi", label: ("SIP3MI", "SIP3MI"))
        guard v.errors.isEmpty else { throw ValidationFailure(v.errors) }
        return ValidEntity(type: type, value: value ?? "", provider: provider, role: role, suspectID: suspect, heldBy: trimmed(heldBy),
                           nib: nib, licence: licence, firstSeen: first, lastSeen: last)
    }

    private func day(_ text: String?, _ field: String, today: Date, _ v: inout Validator) -> Day? {
        guard let text else { return nil }
        guard let d = Day(iso: text) else {
            v.fail(field, id: "Tanggal '\(text)' tidak sah; tulis YYYY-MM-DD.", en: "Date '\(text)' is not valid; write YYYY-MM-DD.")
            return nil
        }
        if d.description > CalendarDate(today).description {
            v.fail(field, id: "Tanggal \(text) belum terjadi.", en: "Date \(text) is still to come.")
        }
        return d
    }
}

/// A draft that passed its own checks.
public struct ValidEntity: Sendable {
    public let type: EntityType
    /// As typed, trimmed; empty for a suspect of the case.
    public let value: String
    /// The provider's code (`EWallet` or `SocialPlatform` raw value).
    public let provider: String?
    public let role: Networks.PersonRole?
    public let suspectID: String?
    public let heldBy: String?
    public let nib: String?
    public let licence: String?
    public let firstSeen: Day?
    public let lastSeen: Day?

    /// The identifier, normalised, for the types that are one.
    public var identifier: Identifier? {
        type.identifierKind(provider: provider).map { Identifier.normalise(kind: $0, raw: value) }
    }
}
