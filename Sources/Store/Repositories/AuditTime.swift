import Foundation

extension AuditEvent {
    /// The time written into the entry. What an anonymous reporter did (`report.*`) is kept to
    /// the minute, as the report's own times are: a finer time beside the report's reference
    /// could be matched with a network log to find the reporter.
    func recordedTime(_ date: Date) -> String {
        guard action.hasPrefix("report.") else { return Timestamp.string(date) }
        return Timestamp.string(Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60))
    }
}
