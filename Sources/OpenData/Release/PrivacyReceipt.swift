import Cases

/// What a release says about its own protection and accuracy, published beside its files so a
/// reader can judge both: the privacy receipt and the utility report in one.
public struct PrivacyReceipt: Sendable, Hashable, Codable {
    public let version: String
    public let date: CalendarDate
    public let dataset: String
    public let records: RecordFileReceipt
    public let tables: [TableReceipt]
    /// What this release spends, all tables together.
    public let cost: PrivacyCost
    /// What had been spent on the data set before it, and the cap.
    public let spentBefore: PrivacyCost
    public let cap: PrivacyCost

    /// The k-anonymous record file.
    public struct RecordFileReceipt: Sendable, Hashable, Codable {
        public let file: String
        public let k: Int
        /// Rung per quasi-identifier (0 = as recorded), by name.
        public let generalisation: [String: Int]
        public let recordsIn: Int
        public let recordsSuppressed: Int
        public let smallestClass: Int
    }

    /// One protected table.
    public struct TableReceipt: Sendable, Hashable, Codable {
        public let file: String
        public let mechanism: String
        public let epsilon: Fraction
        public let delta: Fraction
        public let sensitivity: Int
        public let cells: Int
        /// The noise's standard deviation (for the Gaussian, its bound σ).
        public let standardDeviation: Double
        /// 95 cells in 100 are within this many of the true count.
        public let margin95: Int
    }
}
