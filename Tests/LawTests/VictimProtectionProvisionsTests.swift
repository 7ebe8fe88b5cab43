import Testing
@testable import Law

/// The provisions the public pages on victims' rights and on reporting show: UU 21/2007 Pasal
/// 43–55 and 60–63, and the LPSK law, each with the confidence legal-facts.md gives it.
@Suite("Victim protection provisions")
struct VictimProtectionProvisionsTests {
    @Test("the rights of Pasal 43–55 and the LPSK law are all there", arguments: [
        "UU 21/2007 Pasal 24", "UU 21/2007 Pasal 43", "UU 21/2007 Pasal 44", "UU 21/2007 Pasal 45", "UU 21/2007 Pasal 46",
        "UU 21/2007 Pasal 47", "UU 21/2007 Pasal 48", "UU 21/2007 Pasal 49", "UU 21/2007 Pasal 50", "UU 21/2007 Pasal 51",
        "UU 21/2007 Pasal 52", "UU 21/2007 Pasal 53", "UU 21/2007 Pasal 54 ayat (1)", "UU 21/2007 Pasal 54 ayat (2)",
        "UU 21/2007 Pasal 55", "UU 21/2007 Pasal 60–63",
        "UU 13/2006 jo. UU 31/2014 Pasal 5", "UU 13/2006 jo. UU 31/2014 Pasal 6", "UU 13/2006 jo. UU 31/2014 Pasal 7A",
    ])
    func present(_ citation: String) {
        #expect(ProvisionCatalogue.provision(citedAs: citation) != nil)
    }

    @Test("what legal-facts.md marks unverified is medium, and says what is open")
    func confidence() {
        for id in [ProvisionID.uu21P47, .uu21P50, .uu21P60to63, .lpskP5] {
            #expect(ProvisionCatalogue.provision(id).confidence == .medium, "\(id)")
        }
        #expect(ProvisionCatalogue.provision(.uu21P50).caveat?.en.contains("14-day") == true)
        #expect(ProvisionCatalogue.provision(.uu21P24).caveat?.en.contains("UU 1/2026") == true)
        // The LPSK amendment's day in force is not recorded, so none is claimed.
        #expect(ProvisionCatalogue.provision(.lpskP6).inForce.from == nil)
        #expect(ProvisionCatalogue.provision(.uu21P44).inForce.from == LegalCalendar.uu21InForce)
    }
}
