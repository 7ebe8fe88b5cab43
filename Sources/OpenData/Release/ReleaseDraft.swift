import Cases
import Foundation

/// A release built and waiting for an administrator: its files can be previewed, and it can be
/// approved, but nothing of it is public and nothing is spent until it is published.
///
/// A draft's noise is drawn once, when it is built. An administrator who discards drafts until
/// one looks right would be choosing noise by the true counts; the store therefore keeps every
/// draft built, and the ledger's cap is meant to be set with that in mind.
public struct ReleaseDraft: Sendable, Hashable {
    public let spec: ReleaseSpec
    public let records: KAnonymousTable
    public let tables: [NoisyTable]
    public let receipt: PrivacyReceipt
    /// The record file, each table's file, and the receipt, in that order.
    public let files: [ReleaseFile]
    /// What publishing will write in the ledger.
    public let spendings: [PrivacyLedger.Entry]
    public private(set) var approval: Approval?

    /// Who approved the draft for publication, and when.
    public struct Approval: Sendable, Hashable, Codable {
        public let administratorID: String
        public let on: CalendarDate

        public init(administratorID: String, on: CalendarDate) {
            self.administratorID = administratorID
            self.on = on
        }
    }

    /// Builds a draft of `spec` over `records`, refusing it at once if its k is below
    /// `ReleaseSpec.minimumK` or its tables would take the data set beyond the ledger's cap.
    public static func build<R: RandomBitSource>(_ spec: ReleaseSpec, records: [VictimRecord], ledger: PrivacyLedger,
                                                 using source: inout R) throws(OpenDataError) -> ReleaseDraft {
        guard spec.k >= ReleaseSpec.minimumK else { throw .kTooLow(spec.k, minimum: ReleaseSpec.minimumK) }
        let spendings = try spec.spendings()
        let cost = spendings.reduce(PrivacyCost.none) { $0.adding($1.cost) ?? PrivacyCost(epsilon: Fraction(Fraction.limit)!, delta: .one) }
        try ledger.check(cost)

        let anonymised = try KAnonymiser(k: spec.k, maxSuppressedShare: spec.maxSuppressedShare).anonymise(records)
        var tables: [NoisyTable] = []
        for t in spec.tables { tables.append(try NoisyTable.make(t, records: records, years: spec.years, using: &source)) }

        let recordFile = ReleaseFile(name: "victims-k\(spec.k).csv", contents: Data(CTDCLayout.csv(anonymised).utf8))
        let tableFiles = tables.map { ReleaseFile(name: "table-\($0.spec.name).csv", contents: Data($0.csv.utf8)) }
        let receipt = PrivacyReceipt(
            version: spec.version, date: spec.date, dataset: spec.dataset,
            records: .init(file: recordFile.name, k: spec.k,
                           generalisation: Dictionary(uniqueKeysWithValues: QuasiIdentifier.allCases.map {
                               ("\($0)", anonymised.generalisation.level(of: $0))
                           }),
                           recordsIn: records.count, recordsSuppressed: anonymised.suppressed,
                           smallestClass: anonymised.smallestClass),
            tables: zip(tables, spendings).map { table, spending in
                .init(file: "table-\(table.spec.name).csv", mechanism: table.spec.mechanism.name,
                      epsilon: spending.cost.epsilon, delta: spending.cost.delta, sensitivity: 1, cells: table.cells.count,
                      standardDeviation: table.noise.standardDeviation, margin95: table.noise.margin95)
            },
            cost: cost, spentBefore: ledger.spent, cap: ledger.cap)
        let receiptFile = ReleaseFile(name: "receipt.json", contents: ReleaseJSON.encode(receipt))
        return ReleaseDraft(spec: spec, records: anonymised, tables: tables, receipt: receipt,
                            files: [recordFile] + tableFiles + [receiptFile], spendings: spendings, approval: nil)
    }

    /// What the store keeps of the draft and publishing signs.
    public var contents: DraftContents { DraftContents(spec: spec, receipt: receipt, files: files, approval: approval) }

    /// Marks the draft approved by an administrator.
    public mutating func approve(by administratorID: String, on day: CalendarDate) {
        approval = Approval(administratorID: administratorID, on: day)
    }
}
