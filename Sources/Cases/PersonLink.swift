/// A decision that two person records, usually held by different agencies, are (or are not)
/// the same person. Decisions are never deleted: each step is kept, so a wrong confirmation
/// can be undone and everyone can still see that it was made, by whom and why.
public enum PersonLinkStatus: String, Sendable, Codable, CaseIterable {
    /// Same person: the records are linked.
    case confirmed
    /// Not the same person: the candidate is no longer offered.
    case rejected
    /// An earlier confirmation or rejection was taken back; the pair is open again.
    case undone

    public var label: (id: String, en: String) {
        switch self {
        case .confirmed: return ("Dikonfirmasi orang yang sama", "Confirmed same person")
        case .rejected: return ("Ditolak: orang berbeda", "Rejected: different person")
        case .undone: return ("Dibatalkan", "Undone")
        }
    }
}

public enum PersonLinkAction: String, Sendable, Codable, CaseIterable {
    case confirm, reject, undo

    public var label: (id: String, en: String) {
        switch self {
        case .confirm: return ("Konfirmasi orang yang sama", "Confirm same person")
        case .reject: return ("Bukan orang yang sama", "Not the same person")
        case .undo: return ("Batalkan keputusan", "Undo decision")
        }
    }

    /// The status after this action on a pair now in `current` (nil: never decided). A
    /// confirmed link must be undone before it can be rejected, so that the history shows
    /// the change of mind as such.
    public func apply(to current: PersonLinkStatus?) throws -> PersonLinkStatus {
        switch (self, current) {
        case (.confirm, nil), (.confirm, .undone?), (.confirm, .rejected?): return .confirmed
        case (.reject, nil), (.reject, .undone?): return .rejected
        case (.undo, .confirmed?), (.undo, .rejected?): return .undone
        case (.reject, .confirmed?):
            throw ValidationFailure([FieldError(field: "action",
                id: "Tautan ini sudah dikonfirmasi; batalkan dulu sebelum menolaknya.",
                en: "This link is confirmed; undo it before rejecting it.")])
        case (.confirm, .confirmed?), (.reject, .rejected?):
            throw ValidationFailure([FieldError(field: "action",
                id: "Keputusan ini sudah tercatat.", en: "This decision is already recorded.")])
        case (.undo, nil), (.undo, .undone?):
            throw ValidationFailure([FieldError(field: "action",
                id: "Tidak ada keputusan yang bisa dibatalkan.", en: "There is no decision to undo.")])
        }
    }

    /// Reads an action code from a form or JSON body.
    public static func parse(_ raw: String?) throws -> PersonLinkAction {
        guard let raw, let a = PersonLinkAction(rawValue: raw) else {
            throw ValidationFailure([FieldError(field: "action",
                id: "Tindakan tidak dikenal '\(raw ?? "")'; salah satu dari: confirm, reject, undo.",
                en: "Unknown action '\(raw ?? "")'; one of: confirm, reject, undo.")])
        }
        return a
    }
}

/// One step of a link's history.
public struct PersonLinkStep: Sendable, Hashable, Codable {
    public let version: Int
    public let action: PersonLinkAction
    public let userID: String?
    public let agencyID: String?
    public let note: String?
    public let at: String

    public init(version: Int, action: PersonLinkAction, userID: String?, agencyID: String?, note: String?, at: String) {
        self.version = version; self.action = action; self.userID = userID; self.agencyID = agencyID
        self.note = note; self.at = at
    }
}

/// The decision on one pair of person records, with its history (oldest first).
public struct PersonLink: Sendable, Hashable, Codable {
    public let id: String
    /// The pair, the smaller id first.
    public let personA: String
    public let personB: String
    public let status: PersonLinkStatus
    /// The match probability when the last decision was made.
    public let probability: Double
    public let version: Int
    public let history: [PersonLinkStep]

    public init(id: String, personA: String, personB: String, status: PersonLinkStatus, probability: Double,
                version: Int, history: [PersonLinkStep]) {
        self.id = id; self.personA = personA; self.personB = personB; self.status = status
        self.probability = probability; self.version = version; self.history = history
    }

    public func other(than personID: String) -> String { personA == personID ? personB : personA }

    /// The pair in stored order.
    public static func pair(_ x: String, _ y: String) -> (String, String) { x < y ? (x, y) : (y, x) }
}
