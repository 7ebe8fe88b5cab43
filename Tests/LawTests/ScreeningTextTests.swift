import Testing
@testable import Law

@Suite("Plain-text report")
struct ScreeningTextTests {
    @Test("amounts and years are written the way each language writes them")
    func numbers() {
        #expect(PenaltyText.rupiah(600_000_000, .indonesian) == "Rp600.000.000")
        #expect(PenaltyText.rupiah(5_000_000_000, .english) == "Rp5,000,000,000")
        #expect(PenaltyText.rupiah(999, .english) == "Rp999")
        #expect(PenaltyText.years(6.67, .indonesian) == "6,67")
        #expect(PenaltyText.years(20, .english) == "20")
    }

    @Test("penalties read as the statute reads: together, or as alternatives")
    func penaltyWords() {
        #expect(PenaltyText.describe(.uu21Core, .english) == "3–15 years' imprisonment and a fine of Rp120,000,000–Rp600,000,000")
        let p455 = ProvisionCatalogue.provision(.kuhp455a1).penalty!
        #expect(PenaltyText.describe(p455, .indonesian) == "penjara paling lama 15 tahun atau denda paling banyak Rp5.000.000.000")
        let death = ProvisionCatalogue.provision(.uu21P7a2).penalty!
        #expect(PenaltyText.describe(death, .english).hasPrefix("5 years to life imprisonment and"))
    }

    @Test("a decided case lists verdicts, articles, penalty, law applied and rights in Indonesian")
    func decidedIndonesian() throws {
        let r = try screen(PublicExamplesTests.p1)
        let text = ScreeningText.render(r, language: .indonesian)
        #expect(text.contains("Protokol Palermo Pasal 3: PERDAGANGAN ORANG"))
        #expect(text.contains("Hukum Indonesia: TINDAK PIDANA"))
        #expect(text.contains("Pasal: UU 21/2007 Pasal 2"))
        #expect(text.contains("penjara 3–15 tahun dan denda Rp120.000.000–Rp600.000.000"))
        #expect(text.contains("Hak korban:") && text.contains("UU 21/2007 Pasal 48"))
        #expect(!text.contains("FAKTA YANG PERLU DIPASTIKAN BERIKUTNYA"))
    }

    @Test("unsettled law is shown with its alternatives, the one used marked")
    func unsettledInText() throws {
        let r = try screen(PublicExamplesTests.p2)
        let text = ScreeningText.render(r, language: .english)
        #expect(text.contains("Unsettled law:"))
        #expect(text.contains("4–20 years' imprisonment"))
        #expect(text.contains("(used above)"))
    }
}

@Suite("Element names in words")
struct ElementWordsTests {
    @Test("every element the engine explains has Indonesian and English words, across the worked examples")
    func everyElementHasWords() throws {
        var keys: Set<String> = []
        for example in allWorkedExamples {
            let result = try screen(example.facts.json)
            keys.formUnion(result.explanation.map(\.element))
        }
        #expect(keys.count > 10, "the examples exercise many elements")
        let missing = keys.filter { TextLabels.elementWords[$0] == nil }
        #expect(missing.isEmpty, "elements shown by their engine key: \(missing.sorted())")
        #expect(TextLabels.of(.indonesian).element(named: "means") == "cara")
        #expect(TextLabels.of(.english).element(named: "non_punishment") == "non-punishment")
    }
}
