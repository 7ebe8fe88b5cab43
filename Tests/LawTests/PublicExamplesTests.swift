import Testing
@testable import Law

/// The public examples of the contract (`shared/spec/case-facts.md`), exactly as published.
@Suite("Public examples P1–P4")
struct PublicExamplesTests {
    static let p1 = """
        {"date":"2024-03-01","asOf":"2025-09-01",
         "victim":{"age":34,"citizenship":"ID","sex":"male","consented":true},
         "acts":["recruitment","transportation","harbouring"],"means":["deception","debt_bondage"],
         "exploitation":{"types":["forced_labour"],"status":"occurred"},"movement":{"from":"ID","to":"ID"},
         "harms":[],"perpetrator":{"stateOfficialAbusingPower":false,"corporation":false,"organizedGroup":false},
         "stage":"completed","victimCompelledToOffend":false}
        """
    static let p2 = """
        {"date":"2025-05-20","asOf":"2025-10-01",
         "victim":{"age":16,"citizenship":"ID","sex":"female","consented":true},
         "acts":["recruitment","transportation"],"means":["falsification","deception"],
         "exploitation":{"types":["sexual_exploitation"],"status":"intended"},"movement":{"from":"ID","to":"MY"},
         "harms":[],"perpetrator":{"stateOfficialAbusingPower":false,"corporation":false,"organizedGroup":false},
         "stage":"attempted","victimCompelledToOffend":false}
        """
    static let p3 = """
        {"victim":{"age":29,"citizenship":"ID","sex":"female"},"acts":["transportation"],
         "movement":{"from":"ID","to":"ID"},"stage":"completed"}
        """
    static let p4 = p1.replacingOccurrences(of: "\"date\":\"2024-03-01\",\"asOf\":\"2025-09-01\"",
                                            with: "\"date\":\"2026-02-10\",\"asOf\":\"2026-11-29\"")

    @Test("P1: plantation debt bondage, domestic, adult")
    func p1PlantationDebtBondage() throws {
        let r = try screen(Self.p1)
        #expect(r.palermo.verdict == .trafficking)
        #expect(r.national.verdict == .offence)
        #expect(r.national.articles.contains("UU 21/2007 Pasal 2"))
        for absent in ["UU 21/2007 Pasal 3", "UU 21/2007 Pasal 4", "UU 21/2007 Pasal 17"] {
            #expect(!cites(r.national.articles, absent))
        }
        let p = try #require(r.national.penalty)
        #expect(p == Penalty(prisonYearsMin: 3, prisonYearsMax: 15, life: false,
                             fineMinRp: 120_000_000, fineMaxRp: 600_000_000, cumulative: true))
        for right in ["UU 21/2007 Pasal 44", "UU 21/2007 Pasal 48", "UU 21/2007 Pasal 51"] {
            #expect(r.victimRights.contains(right))
        }
    }

    @Test("P2: a girl with a forged passport stopped at the airport")
    func p2GirlStoppedAtAirport() throws {
        let r = try screen(Self.p2)
        #expect(r.palermo.verdict == .trafficking)
        #expect(r.national.verdict == .offence)
        #expect(r.national.articles.contains("UU 21/2007 Pasal 4"))
        #expect(r.national.articles.contains("UU 21/2007 Pasal 17"))
        #expect(r.national.articles.contains("UU 21/2007 Pasal 10"), "attempt is punished as the offence")
        #expect(r.national.penalty?.prisonYearsMax == 20)
        #expect(r.national.penalty?.fineMaxRp == 800_000_000)
        #expect(r.instruments.contains("Palermo Protocol"))
        #expect(r.instruments.contains("CRC"))
    }

    @Test("P3: not enough known")
    func p3NotEnoughKnown() throws {
        let r = try screen(Self.p3)
        #expect(r.palermo.verdict == .undetermined)
        #expect(r.palermo.missing.contains(.means))
        #expect(r.palermo.missing.contains(.purpose))
        #expect(r.national.verdict == .undetermined)
        #expect(r.national.penalty == nil)
        #expect(r.nextFacts.prefix(2).map(\.field) == ["means", "exploitation"])
        for language in ScreeningLanguage.allCases {
            let text = ScreeningText.render(r, language: language)
            let heading = language == .indonesian ? "FAKTA YANG PERLU DIPASTIKAN BERIKUTNYA" : "FACTS TO ESTABLISH NEXT"
            #expect(text.contains(heading))
            #expect(text.contains("1. means"))
            #expect(text.contains("2. exploitation"))
        }
    }

    @Test("P4: the plantation case under today's law")
    func p4PlantationUnderNewKUHP() throws {
        let r = try screen(Self.p4)
        #expect(r.national.verdict == .offence)
        #expect(cites(r.national.articles, "KUHP Pasal 455"))
        #expect(!cites(r.national.articles, "UU 21/2007 Pasal 2"), "revoked by KUHP Pasal 622 ayat (1) huruf q")
        #expect(r.national.penalty?.prisonYearsMax == 15)
        #expect(r.national.penalty?.fineMaxRp == 5_000_000_000)
        #expect(r.national.penalty?.cumulative == false)
        #expect(r.national.lawApplied.contains("Pasal 622 ayat (1) huruf q"))
        #expect(r.national.lawApplied.contains("UU 1/2026 Pasal VII angka 40"))
        #expect(r.national.lawVersion == "kuhp_2023")
    }
}

/// Whether a list cites an article, with or without its ayat ("UU 21/2007 Pasal 2" is not "… Pasal 26").
func cites(_ list: [String], _ article: String) -> Bool {
    list.contains { $0 == article || $0.hasPrefix(article + " ") }
}
