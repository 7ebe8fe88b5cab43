import Foundation
import Testing
@testable import Law

/// Answers that fork: the open facts decide which article, not whether; and inchoate forms.
@Suite("Answers that fork")
struct ForkTests {
    /// A woman recruited by deception for sexual exploitation; where she was to be exploited is not known.
    static let placeUnknown = FactsJSON.baseline.with {
        $0.types = ["sexual_exploitation"]; $0.status = "intended"; $0.from = nil; $0.to = nil
    }

    @Test("place unknown: an offence, Pasal 2 if in Indonesia, Pasal 4 if abroad, and where is asked first")
    func placeUnknown() throws {
        let r = try screen(Self.placeUnknown.json)
        #expect(r.national.verdict == .offence)
        let fork = try #require(r.national.fork)
        #expect(fork.decidedBy == ["movement"])
        let home = try #require(fork.alternatives.first { $0.when.en == "exploitation in Indonesia" })
        #expect(home.articles == ["UU 21/2007 Pasal 2"])
        let abroad = try #require(fork.alternatives.first { $0.when.en == "the victim taken abroad to be exploited" })
        #expect(abroad.articles == ["UU 21/2007 Pasal 4"])
        #expect(fork.alternatives.contains { $0.articles.contains("UU 21/2007 Pasal 3") }, "brought in: Pasal 3 as well")
        let first = try #require(r.nextFacts.first)
        #expect(first.field == "movement" && first.affects == .articles)
    }

    @Test("a child whose destination is unknown: Pasal 17 in every alternative, and explained")
    func childPlaceUnknown() throws {
        let r = try screen(Self.placeUnknown.with { $0.age = 16 }.json)
        let fork = try #require(r.national.fork)
        #expect(fork.alternatives.allSatisfy { $0.articles.contains("UU 21/2007 Pasal 17") })
        #expect(r.national.penalty?.prisonYearsMax == 20)
        #expect(r.explanation.contains { $0.provision == "UU 21/2007 Pasal 17" && $0.element == "aggravation" && $0.status == .met })
    }

    @Test("the penalty shown is the range across the alternatives: KUHP Pasal 455 at home, Pasal 4 abroad")
    func rangeAcrossAlternatives() throws {
        let r = try screen(Self.placeUnknown.with { $0.date = "2026-02-10"; $0.asOf = "2026-11-29" }.json)
        let fork = try #require(r.national.fork)
        #expect(fork.alternatives.contains { $0.articles.contains("KUHP Pasal 455") })
        let p = try #require(r.national.penalty)
        // 455 has no minimum and fines alone up to Rp5 miliar; Pasal 4 has 3 years and a cumulative fine.
        #expect(p.prisonYearsMin == nil && p.prisonYearsMax == 15)
        #expect(p.fineMinRp == nil && p.fineMaxRp == 5 * miliar && p.cumulative == false)
        #expect(r.national.penaltyProvision?.contains("KUHP Pasal 455 ayat (1)") == true)
        #expect(r.national.penaltyProvision?.contains("UU 21/2007 Pasal 4") == true)
    }

    @Test("the forked answer in JSON and in the plain-text report")
    func rendered() throws {
        let r = try screen(Self.placeUnknown.json)
        let json = try encoded(r)
        let national = try #require(json["national"] as? [String: Any])
        #expect(national["verdict"] as? String == "offence")
        let fork = try #require(national["fork"] as? [String: Any])
        #expect(fork["decidedBy"] as? [String] == ["movement"])
        let alternatives = try #require(fork["alternatives"] as? [[String: Any]])
        #expect(alternatives.count == 3 && alternatives.allSatisfy { $0["penalty"] is [String: Any] && $0["when"] is [String: Any] })
        let text = ScreeningText.render(r, language: .indonesian)
        #expect(text.contains("Pasal bergantung pada fakta yang belum diketahui (ditentukan oleh: movement)"))
        #expect(text.contains("eksploitasi di Indonesia: UU 21/2007 Pasal 2"))
        #expect(text.contains("FAKTA YANG PERLU DIPASTIKAN BERIKUTNYA"))
        // An answer that does not fork has no fork field.
        #expect((try encoded(try screen(FactsJSON.baseline.json))["national"] as? [String: Any])?["fork"] == nil)
    }

    @Test("failed incitement answers without act and means: Pasal 9")
    func failedIncitement() throws {
        let r = try screen(FactsJSON.baseline.with {
            $0.stage = "incited_not_committed"; $0.acts = nil; $0.means = nil; $0.status = "intended"
        }.json)
        #expect(r.national.verdict == .offence && r.national.articles == ["UU 21/2007 Pasal 9"])
        #expect(r.national.penalty?.prisonYearsMin == 1 && r.national.penalty?.prisonYearsMax == 6)
        #expect(r.explanation.contains { $0.element == "means" && $0.status == .notRequired })
        // Nor does the place hold it back: every place gives Pasal 9, so there is nothing to choose.
        let anywhere = try screen(FactsJSON.baseline.with {
            $0.stage = "incited_not_committed"; $0.acts = nil; $0.means = nil; $0.status = "intended"; $0.from = nil; $0.to = nil
        }.json)
        #expect(anywhere.national.verdict == .offence && anywhere.national.articles == ["UU 21/2007 Pasal 9"])
        #expect(anywhere.national.fork == nil)
        #expect(anywhere.divergences.contains { $0.code == "failed_incitement" }, "Palermo has no failed incitement")
    }

    @Test("conspiracy answers without act and means; a completed case does not")
    func conspiracyAndControl() throws {
        let agreed = try screen(FactsJSON.baseline.with { $0.stage = "conspiracy"; $0.acts = nil; $0.means = nil; $0.status = "intended" }.json)
        #expect(agreed.national.verdict == .offence && agreed.national.articles.contains("UU 21/2007 Pasal 11"))
        let completed = try screen(FactsJSON.baseline.with { $0.acts = nil; $0.means = nil }.json)
        #expect(completed.national.verdict == .undetermined, "what was done must still be established")
        #expect(completed.nextFacts.prefix(2).map(\.field) == ["acts", "means"])
    }
}
