import Testing
@testable import Law

/// The law as data: every provision carries its source, its confidence and when it was in force.
@Suite("Provision catalogue")
struct ProvisionCatalogueTests {
    @Test("every provision id has exactly one provision")
    func everyIDHasAProvision() {
        let ids = ProvisionCatalogue.all.map(\.id)
        #expect(Set(ids) == Set(ProvisionID.allCases))
        #expect(ids.count == ProvisionID.allCases.count)
    }

    @Test("every provision has a source, a title and a summary in both languages")
    func provenanceAndText() {
        for p in ProvisionCatalogue.all {
            #expect(!p.source.isEmpty, "\(p.citation)")
            #expect(!p.title.id.isEmpty && !p.title.en.isEmpty, "\(p.citation)")
            #expect(!p.summary.id.isEmpty && !p.summary.en.isEmpty, "\(p.citation)")
        }
    }

    @Test("the issue's articles are all there", arguments: [
        "UU 21/2007 Pasal 1 angka 1", "UU 21/2007 Pasal 1 angka 5", "UU 21/2007 Pasal 1 angka 7",
        "UU 21/2007 Pasal 2 ayat (1)", "UU 21/2007 Pasal 3", "UU 21/2007 Pasal 4", "UU 21/2007 Pasal 5", "UU 21/2007 Pasal 6",
        "UU 21/2007 Pasal 7 ayat (1)", "UU 21/2007 Pasal 7 ayat (2)", "UU 21/2007 Pasal 8 ayat (1)", "UU 21/2007 Pasal 9",
        "UU 21/2007 Pasal 10", "UU 21/2007 Pasal 11", "UU 21/2007 Pasal 12", "UU 21/2007 Pasal 13", "UU 21/2007 Pasal 14",
        "UU 21/2007 Pasal 15 ayat (1)", "UU 21/2007 Pasal 16", "UU 21/2007 Pasal 17", "UU 21/2007 Pasal 18",
        "UU 21/2007 Pasal 44", "UU 21/2007 Pasal 48", "UU 21/2007 Pasal 51", "UU 21/2007 Pasal 52", "UU 21/2007 Pasal 53",
        "UU 21/2007 Pasal 54 ayat (1)", "UU 21/2007 Pasal 54 ayat (2)", "KUHP Pasal 455 ayat (1)", "KUHP Pasal 3",
        "KUHP Pasal 622 ayat (1) huruf q", "UU 1/2026 Pasal VII angka 40", "Palermo Protocol Art. 3(c)",
    ])
    func articlePresent(_ citation: String) {
        #expect(ProvisionCatalogue.all.contains { $0.citation == citation })
    }

    @Test("confidence follows legal-facts.md where it is not high")
    func recordedConfidence() {
        #expect(ProvisionCatalogue.provision(.uu21P2a2).confidence == .medium)
        #expect(ProvisionCatalogue.provision(.uu21P6).confidence == .mediumHigh)
        #expect(ProvisionCatalogue.provision(.uu21P11).confidence == .medium)
        #expect(ProvisionCatalogue.provision(.uu21P14).confidence == .low)
        #expect(ProvisionCatalogue.provision(.uu21P15a1).confidence == .medium)
        #expect(ProvisionCatalogue.provision(.uu21Def8).confidence == .low)
        #expect(ProvisionCatalogue.provision(.kuhp455a1).confidence == .high)
    }

    @Test("Pasal 2 ends on 1 January 2026; KUHP Pasal 455 begins on 2 January 2026; Pasal 4 stays")
    func datesInForce() {
        let lastDay = CivilDate(iso: "2026-01-01")!, firstDay = CivilDate(iso: "2026-01-02")!
        let p2 = ProvisionCatalogue.provision(.uu21P2a1), p455 = ProvisionCatalogue.provision(.kuhp455a1)
        let p4 = ProvisionCatalogue.provision(.uu21P4)
        #expect(p2.inForce.contains(lastDay) && !p2.inForce.contains(firstDay))
        #expect(!p455.inForce.contains(lastDay) && p455.inForce.contains(firstDay))
        #expect(p4.inForce.contains(firstDay) && !p4.inForce.contains(CivilDate(iso: "2007-04-18")!))
    }

    @Test("the statutory ranges match legal-facts.md")
    func penalties() {
        #expect(ProvisionCatalogue.provision(.uu21P2a1).penalty == Penalty.uu21Core)
        #expect(ProvisionCatalogue.provision(.uu21P9).penalty?.prisonYearsMax == 6)
        #expect(ProvisionCatalogue.provision(.uu21P7a2).penalty?.life == true)
        let p455 = ProvisionCatalogue.provision(.kuhp455a2).penalty
        #expect(p455 == Penalty(prisonYearsMin: nil, prisonYearsMax: 15, fineMinRp: nil, fineMaxRp: 5_000_000_000, cumulative: false))
    }

    @Test("a third added: to the maximum, or to both bounds; life stays life")
    func addingThirds() {
        let core = Penalty.uu21Core
        #expect(core.addingThirds(1, toMinimum: false).prisonYearsMax == 20)
        #expect(core.addingThirds(1, toMinimum: false).prisonYearsMin == 3)
        #expect(core.addingThirds(1, toMinimum: true).fineMinRp == 160_000_000)
        #expect(core.addingThirds(2, toMinimum: false).prisonYearsMax == 25)
        let death = ProvisionCatalogue.provision(.uu21P7a2).penalty!
        #expect(death.addingThirds(1, toMinimum: true).prisonYearsMin == 6.67)
        #expect(death.addingThirds(1, toMinimum: true).life)
    }

    @Test("the Palermo and national lists differ where legal-facts says they do")
    func elementLists() {
        #expect(!ElementLists.palermoActs.contains(.sending) && ElementLists.nationalActs.contains(.sending))
        #expect(!ElementLists.nationalMeans.contains(.otherCoercion))
        #expect(!ElementLists.palermoNamedMeans.contains(.falsification))
        #expect(!ElementLists.palermoPurposes.contains(.otherForProfit) && ElementLists.nationalPurposes.contains(.otherForProfit))
    }
}
