import Cases
import Foundation

/// A record edited by several agencies: every accepted change raises `version` by one, and a
/// change made against an older version is refused rather than silently overwriting another.
public protocol Versioned {
    /// Starts at 1 when the record is created.
    var version: Int { get }
    /// Every accepted change, oldest first; the first is the creation.
    var history: [TransitionRecord] { get }
}

extension Versioned {
    /// Refuses a change computed from a version other than the current one.
    public func checkVersion(_ expected: Int) throws(CoordinationError) {
        guard expected == version else { throw .versionConflict(expected: expected, actual: version) }
    }

    /// Refuses a step dated before the record's last step.
    public func checkStepDate(_ date: CalendarDate) throws(CoordinationError) {
        if let last = history.last?.on, date < last {
            throw .input("date", id: "Tanggal tidak boleh sebelum langkah terakhir (\(last))",
                         en: "The date cannot be before the last step (\(last))")
        }
    }
}

/// One accepted change, kept in the record's history and shown on the case timeline.
public struct TransitionRecord: Sendable, Hashable, Codable {
    public let on: CalendarDate
    /// The agency that made the change.
    public let byAgencyID: String
    /// Code of the action (`accept`, `deliver`, `pay`…).
    public let action: String
    /// Status codes before and after; equal when the action changes no status (a payment, say).
    public let from: String
    public let to: String
    /// Free text the user gave (a reason, an outcome note); never an identity.
    public let note: String?
    /// The record's version after this change.
    public let version: Int
    /// When the change was saved (ISO 8601, UTC), set by the store: `on` is the day the user
    /// gives, often the same for several steps, and this orders them as they happened.
    public private(set) var recordedAt: String?

    public init(on: CalendarDate, byAgencyID: String, action: String, from: String, to: String,
                note: String?, version: Int) {
        self.on = on
        self.byAgencyID = byAgencyID
        self.action = action
        self.from = from
        self.to = to
        self.note = note
        self.version = version
    }

    /// The change with the time it was saved, unless it already has one.
    public func recorded(at time: String) -> TransitionRecord {
        var r = self
        if r.recordedAt == nil { r.recordedAt = time }
        return r
    }
}

/// A record whose history the store stamps with the time each change was saved.
public protocol HistoryStamping {
    mutating func stampHistory(at time: String)
}

extension Referral: HistoryStamping {
    public mutating func stampHistory(at time: String) { history = history.map { $0.recorded(at: time) } }
}

extension ProtectionItem: HistoryStamping {
    public mutating func stampHistory(at time: String) { history = history.map { $0.recorded(at: time) } }
}

extension Restitution: HistoryStamping {
    public mutating func stampHistory(at time: String) { history = history.map { $0.recorded(at: time) } }
}

extension JusticeTrack: HistoryStamping {
    public mutating func stampHistory(at time: String) { history = history.map { $0.recorded(at: time) } }
}

extension CoordinationTask: HistoryStamping {
    public mutating func stampHistory(at time: String) { history = history.map { $0.recorded(at: time) } }
}

extension String {
    /// The text trimmed, or nil when nothing is left: a blank reason is no reason.
    var nonBlank: String? {
        let t = trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}
