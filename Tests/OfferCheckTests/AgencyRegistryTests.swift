import Testing
@testable import OfferCheck

@Suite("Register lookup")
struct AgencyRegistryTests {
    let registry = AgencyRegistry([
        Fixtures.activeAgency,
        LicensedAgency(name: "PT Bina Karya Mandiri", licenceNumber: "KEP/2/2020", status: .revoked),
        LicensedAgency(name: "PT Bina Karya Mandala (Persero) Tbk", licenceNumber: "KEP/3/2020", status: .active),
        LicensedAgency(name: "P.T. Sumber Rejeki Utama", licenceNumber: "KEP/4/2020", status: .suspended),
    ])

    @Test("by licence number, ignoring case and spaces")
    func byLicence() {
        #expect(registry.agency(licenceNumber: " b.123/kep/2021 ")?.name == "PT Maju Jaya Abadi")
        #expect(registry.agency(licenceNumber: "KEP / 2 / 2020")?.name == "PT Bina Karya Mandiri")
        #expect(registry.agency(licenceNumber: "KEP/99/2020") == nil)
    }

    @Test("by name, whatever the legal form, punctuation, spacing and case", arguments: [
        "PT Maju Jaya Abadi", "PT. Maju Jaya Abadi", "P.T. MAJU JAYA ABADI", "maju jaya abadi", "Maju-Jaya  Abadi, Tbk.",
        "PT Maju Jaya Abadi (Persero)", "pt.maju jaya abadi",
    ])
    func byNameVariants(_ name: String) {
        let top = registry.matches(name: name).first
        #expect(top?.agency.licenceNumber == "B.123/KEP/2021" && top?.score == 1, "\(name)")
    }

    @Test("by name, with small misspellings, best first", arguments: ["Maju Jya Abadi", "Majoe Jaya Abadi", "PT Maju Jaya Abadii", "Jaya Maju Abadi"])
    func misspelt(_ name: String) {
        let top = registry.matches(name: name).first
        #expect(top?.agency.licenceNumber == "B.123/KEP/2021", "\(name)")
        #expect((top?.score ?? 0) < 1 && (top?.score ?? 0) > 0.5, "\(name)")
    }

    @Test("near names are told apart and ranked")
    func ranking() {
        let m = registry.matches(name: "Bina Karya Mandiri")
        #expect(m.first?.agency.licenceNumber == "KEP/2/2020" && m.first?.score == 1)
        #expect(m.dropFirst().first?.agency.licenceNumber == "KEP/3/2020")
        #expect(registry.matches(name: "Samudra Biru Sentosa").isEmpty)
        #expect(registry.matches(name: "").isEmpty && registry.matches(name: "PT").isEmpty)
    }

    @Test("the register's word on an offer: number first, else a close name")
    func status() {
        #expect(registry.status(licenceNumber: "kep/2/2020", companyName: nil) == .listed(registry.agencies[1]))
        // A number not in the register is not rescued by a real company's name.
        #expect(registry.status(licenceNumber: "KEP/77/2020", companyName: "PT Maju Jaya Abadi") == .notInRegistry)
        #expect(registry.status(licenceNumber: nil, companyName: "P.T. Sumber Rejeki Utama") == .listed(registry.agencies[3]))
        #expect(registry.status(licenceNumber: " ", companyName: "CV Tidak Ada") == .notInRegistry)
        #expect(registry.status(licenceNumber: nil, companyName: nil) == nil)
        #expect(registry.status(for: Fixtures.clean { $0.offeredBy = .person }) == nil)
        #expect(registry.status(for: Fixtures.clean) == .listed(Fixtures.activeAgency))
    }

    @Test("from the register to a flag: a suspended agency found by name")
    func registryToFlag() {
        let answers = Fixtures.clean { $0.companyName = "PT Sumber Rejeki Utama"; $0.licenceNumber = nil }
        let result = OfferChecker().check(answers, on: Fixtures.today, agency: registry.status(for: answers))
        #expect(result.raisedCodes == ["revoked_or_suspended_agency"])
        #expect(result.flags[0].details[0].id.contains("dibekukan"))
    }

    @Test("among 10,000 synthetic agencies, a mangled name still finds its agency first")
    func tenThousand() {
        // Set-up: 10,000 names from a seeded generator, so a failure reproduces.
        var random = SplitMix(seed: 18)
        let agencies = (0..<10_000).map { i in
            LicensedAgency(name: "PT " + SyntheticNames.name(&random), licenceNumber: "KEP/\(i)/2024", status: .active)
        }
        let big = AgencyRegistry(agencies)
        #expect(big.agencies.count == 10_000)
        // Under test: 200 lookups with one edit and a different legal form.
        var misses: [String] = []
        for k in 0..<200 {
            let target = agencies[(k * 7919) % agencies.count]
            let query = SyntheticNames.mangle(target.name, &random)
            if big.matches(name: query, limit: 1).first?.agency.licenceNumber != target.licenceNumber {
                misses.append("\(query) → \(target.name)")
            }
            // The exact licence number is always found.
            #expect(big.agency(licenceNumber: target.licenceNumber.lowercased()) == target)
        }
        #expect(misses.isEmpty, "\(misses)")
    }
}
