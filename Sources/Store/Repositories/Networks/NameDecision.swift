import Cases
import Networks

/// Where an investigator stands on two names (persons of interest, agencies, companies) in
/// different cases that may be the same. Names only suggest: nothing is joined until confirmed.
public enum NameMatchStatus: String, Sendable, Codable, CaseIterable {
    case confirmed, rejected, unsure, undone

    public var label: (id: String, en: String) {
        switch self {
        case .confirmed: ("Dikonfirmasi sama", "Confirmed the same")
        case .rejected: ("Ditolak: berbeda", "Rejected: different")
        case .unsure: ("Belum pasti", "Unsure")
        case .undone: ("Dibatalkan", "Undone")
        }
    }
}

public enum NameMatchAction: String, Sendable, Codable, CaseIterable {
    case confirm, reject, unsure, undo

    public var label: (id: String, en: String) {
        switch self {
        case .confirm: ("Sama", "The same")
        case .reject: ("Berbeda", "Different")
        case .unsure: ("Belum pasti", "Unsure")
        case .undo: ("Batalkan keputusan", "Undo decision")
        }
    }

    /// The status after this action on a pair now in `current` (nil: never decided). A
    /// confirmation must be undone before a rejection, so the history shows the change of mind.
    public func apply(to current: NameMatchStatus?) throws -> NameMatchStatus {
        switch (self, current) {
        case (.confirm, nil), (.confirm, .undone?), (.confirm, .unsure?), (.confirm, .rejected?): return .confirmed
        case (.reject, nil), (.reject, .undone?), (.reject, .unsure?): return .rejected
        case (.unsure, nil), (.unsure, .undone?): return .unsure
        case (.undo, .confirmed?), (.undo, .rejected?), (.undo, .unsure?): return .undone
        case (.reject, .confirmed?), (.unsure, .confirmed?), (.unsure, .rejected?):
            throw ValidationFailure([FieldError(field: "action", id: "Keputusan ini sudah diambil; batalkan dulu sebelum mengubahnya.",
                                                en: "A decision is recorded; undo it before changing it.")])
        case (.confirm, .confirmed?), (.reject, .rejected?), (.unsure, .unsure?):
            throw ValidationFailure([FieldError(field: "action", id: "Keputusan ini sudah tercatat.", en: "This decision is already recorded.")])
        case (.undo, nil), (.undo, .undone?):
            throw ValidationFailure([FieldError(field: "action", id: "Tidak ada keputusan yang bisa dibatalkan.", en: "There is no decision to undo.")])
        }
    }

    /// Reads an action code from a form or JSON body.
    public static func parse(_ raw: String?) throws -> NameMatchAction {
        guard let raw, let a = NameMatchAction(rawValue: raw) else {
            throw ValidationFailure([FieldError(field: "action", id: "Tindakan tidak dikenal '\(raw ?? "")'; salah satu dari: confirm, reject, unsure, undo.",
                                                en: "Unknown action '\(raw ?? "")'; one of: confirm, reject, unsure, undo.")])
        }
        return a
    }
}

/// One step of a name decision's history.
public struct NameMatchStep: Sendable, Hashable {
    public let version: Int
    public let action: NameMatchAction
    public let agencyID: String?
    public let note: String?
    public let at: String
}

/// The decision on one pair of names, with its history (oldest first).
public struct NameMatchDecision: Sendable, Hashable {
    public let id: String
    public let status: NameMatchStatus
    public let version: Int
    public let history: [NameMatchStep]
    /// For a confirmation just made: earlier "not the same" decisions it contradicts (A was
    /// found different from C, B was confirmed the same as C, and now A is confirmed as B).
    public var contradicts = 0
}

/// A name in another case that may be the same person or company as one of this case.
public struct NameSuggestion: Sendable, Hashable {
    /// This case's entity.
    public let mentionID: String
    public let otherID: String
    public let type: EntityType
    /// Every word of one name is in the other (true), or only most of them.
    public let allWords: Bool
    /// The other case, only when the viewer may see it.
    public let otherCaseID: String?
    public let otherCaseNumber: String?
    /// The other name, only when the viewer has a need to know on the other case.
    public let otherName: String?
    /// Whom to contact about the other case.
    public let agencies: [Agency]
    public let decision: NameMatchDecision?
}
