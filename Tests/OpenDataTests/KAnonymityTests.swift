import Cases
import Testing
@testable import OpenData

/// The k-anonymous record file: no class under k, generalising before suppressing, and the
/// CTDC column layout.
@Suite("k-anonymity")
struct KAnonymityTests {
    func classes(_ table: KAnonymousTable) -> [[String]: Int] {
        var sizes: [[String]: Int] = [:]
        for row in table.rows { sizes[row, default: 0] += 1 }
        return sizes
    }

    @Test("every released class has at least k rows, and the suppressed count adds up", arguments: [5, 11, 25])
    func noSmallClass(k: Int) throws {
        let records = Fixtures.victims(3_000)
        let table = try KAnonymiser(k: k).anonymise(records)
        #expect(classes(table).values.allSatisfy { $0 >= k })
        #expect(table.rows.count + table.suppressed == records.count)
        #expect(table.smallestClass >= k)
        #expect(Double(table.suppressed) <= Double(records.count) * 0.05)
    }

    @Test("generalising comes before suppressing: the chosen node keeps more than the data as recorded would")
    func generalisesFirst() throws {
        let records = Fixtures.victims(2_000, seed: 2)
        let anonymiser = try KAnonymiser(k: 11)
        let asRecorded = anonymiser.table(records, at: .none)
        let chosen = anonymiser.anonymise(records)
        // As recorded, nearly every combination is unique, so nearly all would be suppressed.
        #expect(asRecorded.suppressed > records.count / 2)
        #expect(chosen.suppressed < asRecorded.suppressed)
        #expect(chosen.generalisation.height > 0)
        // No node of a lower height meets the allowance: the choice is the least generalisation that does.
        let allowed = Int(Double(records.count) * anonymiser.maxSuppressedShare)
        let all = Array(anonymiser.keptCounts(records))
        #expect(all.filter { $0.0.height < chosen.generalisation.height }.allSatisfy { records.count - $0.1 > allowed })
        // At its height, no node keeps more; and the roll-up agrees with counting from scratch.
        let sameHeight = all.filter { $0.0.height == chosen.generalisation.height }
        #expect(sameHeight.allSatisfy { $0.1 <= records.count - chosen.suppressed })
        for (node, kept) in all where node.height % 4 == 0 {
            #expect(kept == records.count - anonymiser.table(records, at: node).suppressed)
        }
    }

    @Test("ladders: age → minor/adult → unknown, province → island group → Indonesia, year → three-year span")
    func ladders() {
        let r = VictimRecord(year: 2025, age: 15, sex: .female, citizenship: "MY", provinceCode: "53",
                             exploitation: [.prostitution], means: [.debtBondage])
        #expect(QuasiIdentifier.ageGroup.value(of: r, at: 0) == "9--17")
        #expect(QuasiIdentifier.ageGroup.value(of: r, at: 1) == "0--17")
        #expect(QuasiIdentifier.ageGroup.value(of: r, at: 2) == "")
        #expect(QuasiIdentifier.province.value(of: r, at: 0) == "53")
        #expect(QuasiIdentifier.province.value(of: r, at: 1) == "bali_nusa_tenggara")
        #expect(QuasiIdentifier.province.value(of: r, at: 2) == "ID")
        #expect(QuasiIdentifier.year.value(of: r, at: 1) == "2025--2027")
        #expect(QuasiIdentifier.citizenship.value(of: r, at: 1) == "non-ID")
        #expect(QuasiIdentifier.exploitation.value(of: r, at: 1) == "sexual")
        #expect(Generalisation.lattice.count == 3 * 2 * 3 * 3 * 3 * 3 * 2)
        #expect(Generalisation.lattice.first == Generalisation.none)
    }

    @Test("too few records to make one class of k: everything is suppressed, nothing is released")
    func tooFew() throws {
        let table = try KAnonymiser(k: 11).anonymise(Fixtures.victims(10))
        #expect(table.rows.isEmpty && table.suppressed == 10)
    }

    @Test("k below five is refused with the reason")
    func kTooLow() {
        #expect(throws: OpenDataError.kTooLow(3, minimum: 5)) { try KAnonymiser(k: 3) }
    }

    @Test("the file is in CTDC's layout, one line per released row, flags consistent with the generalisation")
    func ctdcLayout() throws {
        let table = try KAnonymiser(k: 11).anonymise(Fixtures.victims(3_000, seed: 3))
        let lines = CTDCLayout.csv(table).split(separator: "\r\n").map(String.init)
        #expect(lines[0].split(separator: ",").map(String.init) == CTDCLayout.columns)
        #expect(lines.count == table.rows.count + 1)
        let header = CTDCLayout.columns
        for line in lines.dropFirst().prefix(200) {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(cells.count == header.count)
            let age = cells[header.firstIndex(of: "ageBroad")!], majority = cells[header.firstIndex(of: "majorityStatus")!]
            #expect(age.isEmpty == majority.isEmpty)
            #expect(cells[header.firstIndex(of: "Datasource")!] == "Case Management")
        }
    }
}
