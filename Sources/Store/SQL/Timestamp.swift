import Foundation

/// Timestamps are stored as ISO 8601 text in UTC: portable between the backends and sortable.
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash)
            .time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }
    public static func now() -> String { string(Date()) }
    public static func date(_ s: String) -> Date? {
        try? Date(s, strategy: .iso8601.year().month().day().dateSeparator(.dash)
            .time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
