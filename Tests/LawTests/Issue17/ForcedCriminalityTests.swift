import Foundation
import Testing
@testable import Law

/// Forced criminality (contract version 2) and illegal adoption, read as legal-facts §1.1a reads them.
@Suite("Forced criminality and illegal adoption")
struct ForcedCriminalityTests {
    /// A man of 25 answers an online job advert, is flown to Cambodia and held in a compound where
    /// he must run romance scams.
    static let scamCompound = FactsJSON.baseline.with {
        $0.age = 25; $0.sex = "male"; $0.acts = ["recruitment", "transportation", "harbouring"]
        $0.means = ["deception", "confinement"]; $0.types = ["forced_criminality"]; $0.to = "KH"; $0.compelled = true
    }

    @Test("a scam compound abroad, adult: trafficking under Palermo, Pasal 4, and the victim is not punished")
    func scamCompoundAdult() throws {
        // Under test: the new code, through the strict decoder.
        let r = try screen(Self.scamCompound.json)
        // What must hold: forced criminality is a purpose Palermo reaches (forced labour or services).
        #expect(r.palermo.verdict == .trafficking && r.palermo.missing.isEmpty)
        let purpose = try #require(r.explanation.first { $0.provision == "Palermo Protocol Art. 3(a)" && $0.element == "purpose" })
        #expect(purpose.status == .met && purpose.en.contains("ILO C29"))
        #expect(r.national.verdict == .offence)
        #expect(r.national.articles.contains("UU 21/2007 Pasal 4") && !r.national.articles.contains("UU 21/2007 Pasal 2"))
        #expect(r.national.penalty?.prisonYearsMax == 15 && r.national.penalty?.fineMaxRp == 600 * juta)
        #expect(r.victimRights.contains("UU 21/2007 Pasal 18"))
        let pasal18 = try #require(r.explanation.first { $0.element == "non_punishment" })
        #expect(pasal18.status == .met && pasal18.id.contains("tidak dipidana"))
        #expect(r.instruments.contains("ILO C29"))
        #expect(!r.national.articles.contains { $0.hasPrefix("UU 35/2014") }, "an adult: no child-protection offence")
    }

    @Test("the same compound recorded with the old code: Palermo's minimum list does not reach it")
    func oldCodeStillMeansWhatItMeant() throws {
        let r = try screen(Self.scamCompound.with { $0.types = ["other_for_profit"] }.json)
        #expect(r.palermo.verdict == .notTrafficking && r.palermo.missing == [.purpose])
        #expect(r.national.verdict == .offence, "UU 21/2007 Pasal 1 angka 7 counts it")
        #expect(r.divergences.contains { $0.code == "exploitation_scope" })
    }

    @Test("a scam compound abroad, child of 16: Pasal 4 with Pasal 17, and UU 35/2014 beside it")
    func scamCompoundChild() throws {
        let r = try screen(Self.scamCompound.with { $0.age = 16; $0.means = [] }.json)
        #expect(r.palermo.verdict == .trafficking, "a child needs no means (Art. 3(c))")
        #expect(Set(r.national.articles).isSuperset(of: ["UU 21/2007 Pasal 4", "UU 21/2007 Pasal 17",
                                                        "UU 35/2014 Pasal 76F jo. Pasal 83", "UU 35/2014 Pasal 76I jo. Pasal 88"]))
        // The gravest applicable range is Pasal 4 with a third added, not the child-protection range.
        #expect(r.national.penalty?.prisonYearsMax == 20 && r.national.penaltyProvision == "UU 21/2007 Pasal 4")
        #expect(r.instruments.contains("CRC") && r.instruments.contains("ILO C182"))
    }

    @Test("a drug mule: the forced criminality that happened is the compulsion Pasal 18 speaks of")
    func drugMule() throws {
        // A woman promised work as a courier in Malaysia is made to carry heroin; whether she was
        // compelled was not recorded separately.
        let r = try screen(FactsJSON.baseline.with {
            $0.to = "MY"; $0.means = ["deception", "threat_of_force"]; $0.types = ["forced_criminality"]; $0.compelled = nil
        }.json)
        #expect(r.palermo.verdict == .trafficking && r.national.articles.contains("UU 21/2007 Pasal 4"))
        #expect(r.victimRights.contains("UU 21/2007 Pasal 18"))
        #expect(r.explanation.contains { $0.element == "non_punishment" && $0.facts == ["exploitation"] })
        #expect(!r.nextFacts.contains { $0.field == "victimCompelledToOffend" }, "nothing left to ask about Pasal 18")
        // Only intended: Pasal 18 is not presumed, it is asked.
        let planned = try screen(FactsJSON.baseline.with {
            $0.to = "MY"; $0.types = ["forced_criminality"]; $0.status = "intended"; $0.compelled = nil
        }.json)
        #expect(!planned.victimRights.contains("UU 21/2007 Pasal 18"))
        #expect(planned.nextFacts.contains { $0.field == "victimCompelledToOffend" })
    }

    @Test("a version-1 facts document still reads, and an unknown code names the new one among those allowed")
    func contractVersions() throws {
        let v1 = #"{"victim":{"age":29,"citizenship":"ID","sex":"female"},"acts":["transportation"],"movement":{"from":"ID","to":"ID"},"stage":"completed"}"#
        #expect(throws: Never.self) { try CaseFacts.decode(Data(v1.utf8)) }
        #expect(CaseFacts.ExploitationType.allowedCodes.contains("forced_criminality"))
        #expect(CaseFacts.ExploitationType.forcedCriminality.term.id == "dipaksa melakukan tindak pidana untuk keuntungan pelaku")
    }

    /// A couple pays a mother for her 3-year-old; the child is to be made to beg for them.
    static let adoption = FactsJSON.baseline.with {
        $0.age = 3; $0.acts = nil; $0.means = []; $0.adoption = true; $0.types = ["other_for_profit"]; $0.status = "intended"
    }

    @Test("illegal adoption with a view to exploitation: a practice similar to slavery, so within Palermo; Pasal 5")
    func adoptionForExploitation() throws {
        let r = try screen(Self.adoption.json)
        #expect(r.palermo.verdict == .trafficking)
        let reading = try #require(r.explanation.first { $0.provision == "Supplementary Slavery Convention 1956 Art. 1(d)" && $0.element == "purpose" })
        #expect(reading.status == .met)
        #expect(r.national.verdict == .offence && r.national.articles.contains("UU 21/2007 Pasal 5"))
        #expect(r.sources.contains { $0.citation == "Supplementary Slavery Convention 1956 Art. 1(d)" })
    }

    @Test("illegal adoption for money without a view to exploitation: outside Palermo and UU 21/2007")
    func adoptionWithoutExploitation() throws {
        let r = try screen(Self.adoption.with { $0.types = []; $0.status = "none" }.json)
        #expect(r.palermo.verdict == .notTrafficking && r.palermo.missing == [.purpose])
        #expect(r.explanation.contains { $0.provision == "Supplementary Slavery Convention 1956 Art. 1(d)" && $0.status == .notMet })
        #expect(r.national.verdict == .noOffence && r.national.penalty == nil)
    }
}
