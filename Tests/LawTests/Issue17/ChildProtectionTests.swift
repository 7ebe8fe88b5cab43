import Testing
@testable import Law

/// UU 35/2014 beside UU 21/2007, and the next question chosen by what could change the answer most.
@Suite("Child-protection law and the next question")
struct ChildProtectionTests {
    /// A girl of 15 recruited and harboured for prostitution in Indonesia; no means named.
    static let girl = FactsJSON.baseline.with {
        $0.age = 15; $0.acts = ["recruitment", "harbouring"]; $0.means = nil; $0.types = ["prostitution"]; $0.adoption = nil
    }

    @Test("no means named, or none: an offence under UU 35/2014, and the question that opens Pasal 2", arguments: [nil, []] as [[String]?])
    func girlInProstitution(means: [String]?) throws {
        let r = try screen(Self.girl.with { $0.means = means }.json)
        #expect(r.national.verdict == .offence)
        #expect(r.national.articles.contains("UU 35/2014 Pasal 76F jo. Pasal 83") && r.national.articles.contains("UU 35/2014 Pasal 76I jo. Pasal 88"))
        #expect(!r.national.articles.contains("UU 21/2007 Pasal 2") && !r.national.articles.contains("UU 21/2007 Pasal 17"))
        // Pasal 83 is the gravest: 3–15 years and a fine from Rp60 juta.
        #expect(r.national.penalty?.prisonYearsMin == 3 && r.national.penalty?.prisonYearsMax == 15)
        #expect(r.national.penalty?.fineMinRp == 60 * juta && r.national.penaltyProvision == "UU 35/2014 Pasal 76F jo. Pasal 83")
        let first = try #require(r.nextFacts.first)
        #expect(first.field == "means" && first.en.contains("vulnerability") && first.id.contains("rentan"))
        #expect(!r.nextFacts.contains { $0.field == "adoption.promiseOrPayment" }, "never ask a prostitution case about adoption")
    }

    @Test("where she was taken is not known either: still the means first, then where")
    func placeAlsoUnknown() throws {
        let r = try screen(Self.girl.with { $0.from = nil; $0.to = nil }.json)
        #expect(r.national.verdict == .offence && r.national.articles.contains("UU 35/2014 Pasal 76F jo. Pasal 83"))
        #expect(r.nextFacts.prefix(2).map(\.field) == ["means", "movement"])
        #expect(r.nextFacts.first?.en.contains("vulnerability") == true)
        #expect(!r.nextFacts.contains { $0.field == "adoption.promiseOrPayment" })
    }

    @Test("the answer to that question: her vulnerability abused opens Pasal 2 with Pasal 17")
    func vulnerabilityAnswered() throws {
        let r = try screen(Self.girl.with { $0.means = ["abuse_of_vulnerability"] }.json)
        #expect(r.national.articles.contains("UU 21/2007 Pasal 2") && r.national.articles.contains("UU 21/2007 Pasal 17"))
        #expect(r.national.penalty?.prisonYearsMax == 20)
        #expect(!r.nextFacts.contains { $0.field == "means" })
    }

    @Test("a child handed over to others is asked about adoption; a child recruited is not")
    func adoptionAskedOnlyWhenInPlay() throws {
        let received = try screen(Self.girl.with { $0.acts = ["receipt"]; $0.means = []; $0.types = ["forced_labour"]; $0.status = "intended" }.json)
        #expect(received.nextFacts.contains { $0.field == "adoption.promiseOrPayment" })
        let recruited = try screen(Self.girl.with { $0.means = []; $0.types = ["forced_labour"]; $0.status = "intended" }.json)
        #expect(!recruited.nextFacts.contains { $0.field == "adoption.promiseOrPayment" })
    }

    @Test("UU 35/2014 is cited with its source and what is unverified")
    func provisions() {
        let p83 = ProvisionCatalogue.provision(.uu35P76F83)
        #expect(p83.citation == "UU 35/2014 Pasal 76F jo. Pasal 83")
        #expect(p83.penalty?.fineMaxRp == 300 * juta && p83.caveat?.en.contains("unverified") == true)
        let p88 = ProvisionCatalogue.provision(.uu35P76I88)
        #expect(p88.confidence == .medium && p88.penalty?.prisonYearsMax == 10 && p88.penalty?.cumulative == false)
        #expect(p88.source.contains("2025"))
    }

    @Test("after 2 January 2026 the UU 35/2014 range is shown with UU 1/2026's adjustment marked not found")
    func afterPenalAdjustment() throws {
        let r = try screen(Self.girl.with { $0.date = "2026-03-01"; $0.asOf = "2026-11-01"; $0.means = [] }.json)
        #expect(r.national.penaltyProvision == "UU 35/2014 Pasal 76F jo. Pasal 83")
        #expect(r.unsettled.contains { $0.code == "uu1_2026_adjustment" })
    }
}
