import Cases
import Crypto
import Foundation
import Testing
@testable import OpenData

/// A release: built as a draft, approved, published once, signed, and checkable by a mirror.
@Suite("Releases")
struct ReleaseTests {
    let key = Curve25519.Signing.PrivateKey()

    static func spec(_ version: String = "2026.1", epsilon: String = "0.5") -> ReleaseSpec {
        ReleaseSpec(version: version, date: CalendarDate(iso: "2026-12-06")!,
                    tables: ReleaseSpec.standardTables(epsilon: Fraction(text: epsilon)!), years: 2019...2026)
    }

    static func ledger(cap: String = "2") -> PrivacyLedger {
        PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(text: cap)!, delta: Fraction(1, 1_000_000)!))
    }

    @Test("a draft holds the record file, one file per table and the receipt, which states what it cost")
    func draft() throws {
        var source = SeededBits(seed: 31)
        let records = Fixtures.victims(2_000)
        let draft = try ReleaseDraft.build(Self.spec(), records: records, ledger: Self.ledger(), using: &source)
        #expect(draft.files.map(\.name) == ["victims-k11.csv", "table-victims_by_year_sex.csv",
                                            "table-victims_by_region_exploitation.csv", "table-victims_by_age_group_citizenship.csv",
                                            "receipt.json"])
        #expect(draft.receipt.cost.epsilon == Fraction(3, 2)!)
        #expect(draft.receipt.records.recordsIn == 2_000)
        #expect(draft.receipt.records.recordsSuppressed == draft.records.suppressed)
        #expect(draft.receipt.tables.allSatisfy { $0.margin95 > 0 && $0.standardDeviation > 2.5 && $0.standardDeviation < 3 })
        // Each table counts every record once, so its cells sum to the total give or take the noise.
        for table in draft.tables {
            let total = table.cells.reduce(0) { $0 + $1.count }
            let spread = table.noise.standardDeviation * Double(table.cells.count).squareRoot()
            #expect(abs(Double(total - records.count)) < 5 * spread)
        }
        let receipt = try JSONDecoder().decode(PrivacyReceipt.self, from: draft.files.last!.contents)
        #expect(receipt == draft.receipt)
    }

    @Test("a draft beyond the ledger's cap is refused before any noise is drawn")
    func refusedBeyondCap() {
        var source = SeededBits(seed: 32)
        #expect(throws: OpenDataError.self) {
            try ReleaseDraft.build(Self.spec(epsilon: "1"), records: Fixtures.victims(100), ledger: Self.ledger(cap: "2"), using: &source)
        }
    }

    @Test("a release's record file below k = 11 is refused with the reason, in both languages")
    func refusedBelowEleven() {
        var source = SeededBits(seed: 33)
        let spec = ReleaseSpec(version: "2026.1", date: CalendarDate(iso: "2026-12-06")!, k: 10,
                               tables: ReleaseSpec.standardTables(epsilon: Fraction(1, 2)!), years: 2019...2026)
        #expect(throws: OpenDataError.kTooLow(10, minimum: 11)) {
            try ReleaseDraft.build(spec, records: Fixtures.victims(100), ledger: Self.ledger(), using: &source)
        }
        #expect(OpenDataError.kTooLow(10, minimum: 11).indonesian == "k = 10 terlalu kecil; paling sedikit 11")
        #expect(OpenDataError.kTooLow(10, minimum: 11).english == "k = 10 is too small; the least allowed is 11")
    }

    @Test("publishing needs an approval and a new version, spends the ledger, and signs a manifest a mirror can check")
    func publishAndVerify() throws {
        var source = SeededBits(seed: 33)
        var ledger = Self.ledger()
        var draft = try ReleaseDraft.build(Self.spec(), records: Fixtures.victims(500), ledger: ledger, using: &source)
        #expect(throws: OpenDataError.notApproved("2026.1")) {
            try PublishedRelease.publish(draft, ledger: &ledger, takenVersions: [], signer: ReleaseSigner(key))
        }
        draft.approve(by: "admin-1", on: CalendarDate(iso: "2026-12-06")!)
        #expect(throws: OpenDataError.versionTaken("2026.1")) {
            try PublishedRelease.publish(draft, ledger: &ledger, takenVersions: ["2026.1"], signer: ReleaseSigner(key))
        }
        #expect(ledger.entries.isEmpty)
        let release = try PublishedRelease.publish(draft, ledger: &ledger, takenVersions: [], signer: ReleaseSigner(key))
        #expect(ledger.spent.epsilon == Fraction(3, 2)!)

        var files = Dictionary(uniqueKeysWithValues: release.files.map { ($0.name, $0.contents) })
        let publicKey = key.publicKey.rawRepresentation
        let manifest = try PublishedRelease.verify(files: files, publicKey: publicKey)
        #expect(manifest.files.count == draft.files.count)
        #expect(manifest.files.map(\.sha256) == draft.files.map(\.sha256))

        // A mirror that changes one byte of a table is caught, naming the file.
        var table = files["table-victims_by_year_sex.csv"]!
        table[table.count - 3] ^= 1
        files["table-victims_by_year_sex.csv"] = table
        #expect(throws: OpenDataError.self) { try PublishedRelease.verify(files: files, publicKey: publicKey) }
        // So is a manifest signed by another key.
        let other = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation
        #expect(throws: OpenDataError.self) {
            try PublishedRelease.verify(files: Dictionary(uniqueKeysWithValues: release.files.map { ($0.name, $0.contents) }),
                                        publicKey: other)
        }
    }
}
