import Cases
import Testing
@testable import OpenData

/// The privacy ledger: costs on the same data add up, and the cap holds.
@Suite("Privacy ledger")
struct LedgerTests {
    static let day = CalendarDate(iso: "2026-12-01")!

    func entry(_ epsilon: String, by: String = "release 1") -> PrivacyLedger.Entry {
        PrivacyLedger.Entry(spentBy: by, table: "t", cost: PrivacyCost(epsilon: Fraction(text: epsilon)!, delta: .zero), on: Self.day)
    }

    @Test("spendings add up exactly, and the one that would pass the cap is refused with the amounts")
    func sequentialComposition() throws {
        var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(1)!, delta: Fraction(1, 1_000_000)!))
        try ledger.spend([entry("1/3"), entry("1/3")])
        try ledger.spend([entry("1/3")])
        #expect(ledger.spent.epsilon == Fraction(1)!)
        #expect(ledger.remaining.epsilon == .zero)
        let refusal = OpenDataError.budgetExceeded(dataset: "victims", spent: ledger.spent,
                                                   requested: PrivacyCost(epsilon: Fraction(1, 1000)!, delta: .zero), cap: ledger.cap)
        #expect(throws: refusal) { try ledger.spend([entry("0.001")]) }
        #expect(ledger.entries.count == 3)
        #expect(refusal.description.contains("Anggaran privasi") && refusal.description.contains("privacy budget"))
    }

    @Test("a release whose tables together pass the cap spends nothing at all")
    func allOrNothing() throws {
        var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(1)!, delta: .zero))
        #expect(throws: OpenDataError.self) { try ledger.spend([entry("0.5"), entry("0.5"), entry("0.5")]) }
        #expect(ledger.entries.isEmpty)
    }

    @Test("the cap can be raised, but not set below what is already spent")
    func capChanges() throws {
        var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(1)!, delta: .zero))
        try ledger.spend([entry("0.75")])
        #expect(throws: OpenDataError.self) { try ledger.setCap(PrivacyCost(epsilon: Fraction(1, 2)!, delta: .zero)) }
        try ledger.setCap(PrivacyCost(epsilon: Fraction(2)!, delta: .zero))
        #expect(ledger.remaining.epsilon == Fraction(5, 4)!)
    }

    @Test("a Gaussian table spends δ too, and the δ cap holds")
    func deltaCap() throws {
        var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(100)!, delta: Fraction(1, 1_000_000)!))
        let cost = try NoiseMechanism.discreteGaussian(rho: Fraction(1, 8)!).cost(delta: Fraction(1, 1_000_000)!)
        try ledger.spend([.init(spentBy: "r1", table: "g", cost: cost, on: Self.day)])
        #expect(throws: OpenDataError.self) { try ledger.spend([.init(spentBy: "r2", table: "g", cost: cost, on: Self.day)]) }
    }
}
