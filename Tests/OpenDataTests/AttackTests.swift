import Cases
import Crypto
import Foundation
import Testing
@testable import OpenData

/// Attacks on published data that must fail.
@Suite("Attacks")
struct AttackTests {
    static let day = CalendarDate(iso: "2026-12-06")!
    static let years = 2019...2026
    /// The one victim the attacker wants to expose: a foreign boy, so in a small cell.
    static let target = VictimRecord(year: 2026, age: 15, sex: .male, citizenship: "KH", provinceCode: "91",
                                     exploitation: [.organRemoval], means: [.abduction])
    static let spec = TableSpec(name: "by_age_citizenship", dimensions: [.ageGroup, .citizenship],
                                mechanism: .discreteLaplace(epsilon: Fraction(1, 2)!))

    @Test("differencing two releases, before and after one victim was registered, cannot tell whether she was")
    func differencingReleases() throws {
        // Set-up: the same data with and without the target, released twice each time; the
        // attacker guesses "present" when the second release's cell is above the first's.
        let base = Fixtures.victims(400, seed: 41)
        let cell = ["minor", "foreign"]
        let trials = 1_000
        var source = SeededBits(seed: 42)
        var guessedPresent = (whenPresent: 0, whenAbsent: 0)
        for _ in 0..<trials {
            for present in [true, false] {
                var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(1)!, delta: .zero))
                let first = try NoisyTable.answer(Self.spec, records: base, years: Self.years, delta: .zero, ledger: &ledger,
                                                  spentBy: "release 1", on: Self.day, using: &source)
                let second = try NoisyTable.answer(Self.spec, records: present ? base + [Self.target] : base, years: Self.years,
                                                   delta: .zero, ledger: &ledger, spentBy: "release 2", on: Self.day, using: &source)
                // Both releases went through the ledger.
                #expect(ledger.spent.epsilon == Fraction(1)!)
                if second.count(cell)! > first.count(cell)! {
                    if present { guessedPresent.whenPresent += 1 } else { guessedPresent.whenAbsent += 1 }
                }
            }
        }
        // ε-DP bounds any test: P(guess | present) ≤ e^ε · P(guess | absent). The second release
        // alone carries the target, at ε = 1/2.
        let truePositive = Double(guessedPresent.whenPresent) / Double(trials)
        let falsePositive = Double(guessedPresent.whenAbsent) / Double(trials)
        #expect(truePositive <= exp(0.5) * falsePositive + 0.04)
        // Without noise the same subtraction would be right every time: the test could fail.
        var truth: [[String]: Int] = [:]
        for r in base + [Self.target] { truth[Self.spec.dimensions.map { $0.category(of: r, years: Self.years) }, default: 0] += 1 }
        #expect(truth[cell]! - base.filter { $0.age.map { $0 < 18 } == true && $0.citizenship != "ID" }.count == 1)
    }

    @Test("a public page's figure is the release's protected number, so page minus release reveals nothing")
    func pageAgainstRelease() throws {
        var source = SeededBits(seed: 43)
        var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(2)!, delta: Fraction(1, 1_000_000)!))
        let records = Fixtures.victims(800, seed: 44) + [Self.target]
        let spec = ReleaseSpec(version: "2026.1", date: Self.day, tables: [Self.spec], years: Self.years)
        var draft = try ReleaseDraft.build(spec, records: records, ledger: ledger, using: &source)
        draft.approve(by: "admin", on: Self.day)
        let release = try PublishedRelease.publish(draft, ledger: &ledger, takenVersions: [], signer: ReleaseSigner(.init()))
        var differsFromTruth = false
        for cell in release.tables[0].cells {
            #expect(release.figure(table: Self.spec.name, cell.categories) == cell.count)
            let truth = records.filter { r in Self.spec.dimensions.map { $0.category(of: r, years: Self.years) } == cell.categories }.count
            if truth != cell.count { differsFromTruth = true }
        }
        #expect(differsFromTruth)
    }

    @Test("linking the k-anonymous file with an outside list of quasi-identifiers never narrows anyone to fewer than k")
    func linkage() throws {
        let records = Fixtures.victims(3_000, seed: 45) + [Self.target]
        let table = try KAnonymiser(k: 11).anonymise(records)
        let lines = CTDCLayout.csv(table).split(separator: "\r\n").dropFirst()
        var inFile: [Substring: Int] = [:]
        for line in lines { inFile[line, default: 0] += 1 }
        // The outside list: every victim in the data (a worst case: the attacker knows them all
        // exactly), plus people who are not in it at all.
        let outsiders = records + Fixtures.victims(500, seed: 46)
        var singledOut = 0
        for person in outsiders {
            let line = CSVText.line(CTDCLayout.values(KAnonymiser.key(person, at: table.generalisation), table.generalisation))
            let matches = inFile[Substring(line.dropLast(2))] ?? 0
            if matches > 0 && matches < 11 { singledOut += 1 }
        }
        #expect(singledOut == 0)
        // And the target, unique as recorded, is either hidden in a class of k or not in the file.
        let targetLine = CSVText.line(CTDCLayout.values(KAnonymiser.key(Self.target, at: .none), .none))
        #expect(inFile[Substring(targetLine.dropLast(2))] == nil)
    }

    @Test("averaging repeated answers to the same question is stopped by the ledger")
    func averaging() throws {
        let records = Fixtures.victims(300, seed: 47)
        let cell = ["minor", "foreign"]
        let truth = records.filter { $0.age.map { $0 < 18 } == true && $0.citizenship != "ID" }.count
        let small = TableSpec(name: "q", dimensions: [.ageGroup, .citizenship], mechanism: .discreteLaplace(epsilon: Fraction(1, 10)!))
        var source = SeededBits(seed: 48)
        var squaredErrors: [Double] = []
        var answeredPerRun: Set<Int> = []
        for _ in 0..<300 {
            var ledger = PrivacyLedger(dataset: "victims", cap: PrivacyCost(epsilon: Fraction(1)!, delta: .zero))
            var answers: [Int] = []
            // The attacker asks a hundred times; the ledger answers while the budget lasts.
            for i in 0..<100 {
                guard let t = try? NoisyTable.answer(small, records: records, years: 2019...2026, delta: .zero, ledger: &ledger,
                                                     spentBy: "api \(i)", on: Self.day, using: &source) else { continue }
                answers.append(t.count(cell)!)
            }
            answeredPerRun.insert(answers.count)
            let mean = Double(answers.reduce(0, +)) / Double(answers.count)
            squaredErrors.append((mean - Double(truth)) * (mean - Double(truth)))
        }
        #expect(answeredPerRun == [10])
        // The average of the ten answers is no better than one answer at the whole cap (ε = 1),
        // whose variance is 2r/(1−r)² with r = e⁻¹; a thousand answers, unchecked, would have beaten it.
        let meanSquaredError = squaredErrors.reduce(0, +) / Double(squaredErrors.count)
        let wholeCap = try #require(DiscreteLaplace(scale: Fraction(1)!))
        #expect(meanSquaredError > wholeCap.variance)
        #expect(DiscreteLaplace(scale: Fraction(10)!)!.variance / 1_000 < wholeCap.variance)
    }
}
