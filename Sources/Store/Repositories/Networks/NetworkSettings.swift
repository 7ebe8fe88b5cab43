import Cases
import Foundation

/// The resolution of the communities the network pages find (modularity's γ in Leiden: higher
/// splits a network into more, smaller communities), set by the administrator and kept in the
/// settings table so that every server draws the same communities. An analyst may still try
/// another on one page (`resolusi`).
public struct NetworkSettings: Sendable {
    let db: any SQLDatabase
    let audit: AuditLog

    static let key = "networks.resolution"
    public static let defaultResolution = 1.0
    /// Beyond these, every case is one community or every node its own.
    public static let resolutionRange = 0.01...10.0

    /// A resolution as typed, with a decimal point or the Indonesian decimal comma; nil when it
    /// is not a number within `resolutionRange`.
    public static func parse(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard t.utf8.count <= 20, let v = Double(t), resolutionRange.contains(v) else { return nil }
        return v
    }

    /// The resolution in force: the administrator's, else 1.
    public func resolution() async throws -> Double {
        guard let bytes = try await SettingsRepository(db: db).blob(Self.key),
              let v = Double(String(decoding: bytes, as: UTF8.self)), Self.resolutionRange.contains(v) else { return Self.defaultResolution }
        return v
    }

    /// Refuses a value outside the range, naming the field; the change is in the audit log.
    public func setResolution(_ value: Double, by viewer: Viewer) async throws {
        guard viewer.role == .administrator else { throw AccessDenied() }
        guard Self.resolutionRange.contains(value) else { throw Self.outOfRange(String(value)) }
        try await db.transaction { tx in
            try await SettingsRepository.put(Self.key, Array(String(value).utf8), in: tx)
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID,
                                              action: "networks.resolution", detail: "resolution=\(value)"), in: tx)
        }
    }

    /// The error for a resolution that is not a number in range, on field `field`.
    public static func outOfRange(_ given: String, field: String = "resolution") -> ValidationFailure {
        ValidationFailure([FieldError(field: field, id: "Resolusi '\(given.prefix(40))' bukan angka antara 0,01 dan 10.",
                                      en: "Resolution '\(given.prefix(40))' is not a number between 0.01 and 10.")])
    }
}

extension SimpulStore {
    public var networkSettings: NetworkSettings { NetworkSettings(db: db, audit: audit) }
}
