import Testing
@testable import Linkage

/// Batch linking: who ends up with whom, and why.
@Suite("Linker")
struct LinkerTests {
    /// The fixture plus hand-made hard cases, linked once for all tests of this suite.
    static let run: (records: [PersonRecord], result: LinkageResult) = {
        var (records, _) = Fixture.population()
        records += [
            // One man written by two agencies: Muhammad abbreviated, old spelling, bin and title.
            PersonRecord(recordID: "M1", source: "POLRI", fullName: "H. MOCH. DJOKO SOESILO BIN SLAMET",
                         nik: "3578011708650021", dob: "1965-08-17", sex: "LAKI-LAKI", pob: "SURABAYA", phone: ""),
            PersonRecord(recordID: "M2", source: "KEMLU", fullName: "Muhammad Joko Susilo",
                         nik: "", dob: "1965-08-17", sex: "M", pob: "KOTA SURABAYA", phone: "+62 813-1111-2222"),
            PersonRecord(recordID: "M3", source: "LSM", fullName: "JOKO SUSILO", nik: "3578011708650021",
                         dob: "1965", sex: "L", pob: "", phone: "081311112222"),
            // Twins: same family name, birth date, household phone and kecamatan; other given names.
            PersonRecord(recordID: "T1", source: "BP2MI", fullName: "LAMHOT SIMANJUNTAK", nik: "1271012003010045",
                         dob: "2001-03-20", sex: "L", pob: "MEDAN", phone: "081399998888"),
            PersonRecord(recordID: "T2", source: "BP2MI", fullName: "PARULIAN SIMANJUNTAK", nik: "1271012003010047",
                         dob: "2001-03-20", sex: "L", pob: "MEDAN", phone: "081399998888"),
            // Two women with one common name, otherwise nothing alike.
            PersonRecord(recordID: "S1", source: "POLRI", fullName: "SRI RAHAYU", nik: "3204125505800011",
                         dob: "1980-05-15", sex: "P", pob: "BANDUNG", phone: ""),
            PersonRecord(recordID: "S2", source: "KEMENSOS", fullName: "SRI RAHAYU", nik: "3374016309990020",
                         dob: "1999-09-23", sex: "P", pob: "SEMARANG", phone: ""),
            // Order swapped, clan name first.
            PersonRecord(recordID: "B1", source: "POLRI", fullName: "ROSMAWATI BR. TAMBUNAN", nik: "",
                         dob: "1990-02-11", sex: "P", pob: "TOBA", phone: "0812-7777-6543"),
            PersonRecord(recordID: "B2", source: "KEMLU", fullName: "TAMBUNAN, ROSMAWATI", nik: "",
                         dob: "11-02-1990", sex: "F", pob: "", phone: "6281277776543"),
        ]
        return (records, Linker().link(records))
    }()

    func together(_ a: String, _ b: String) -> Bool {
        Self.run.result.clusters[a] == Self.run.result.clusters[b]
    }

    @Test("every record is in exactly one cluster")
    func everyRecordOnce() {
        let ids = Self.run.records.map(\.recordID)
        #expect(Self.run.result.clusters.count == ids.count)
        #expect(Set(Self.run.result.clusters.keys) == Set(ids))
    }

    @Test("one person across agencies, spellings and short forms is one cluster")
    func samePerson() {
        #expect(together("M1", "M2"))
        #expect(together("M1", "M3"))
        #expect(together("B1", "B2"))
    }

    @Test("twins and namesakes stay apart")
    func differentPeople() {
        #expect(!together("T1", "T2"))
        #expect(!together("S1", "S2"))
    }

    @Test("the fixture's people are found with few mistakes")
    func fixtureQuality() {
        let (records, owner) = Fixture.population()
        let clusters = Self.run.result.clusters
        var truePairs = 0, found = 0, wrong = 0
        for (i, a) in records.enumerated() {
            for b in records[(i + 1)...] {
                let same = owner[a.recordID] == owner[b.recordID]
                let linked = clusters[a.recordID] == clusters[b.recordID]
                if same { truePairs += 1; if linked { found += 1 } } else if linked { wrong += 1 }
            }
        }
        #expect(Double(found) / Double(truePairs) > 0.9)
        #expect(wrong <= truePairs / 20)
    }

    @Test("a link explains itself field by field")
    func explanation() throws {
        let result = Self.run.result
        let link = try #require(result.links.first { Set([$0.first, $0.second]) == ["M1", "M3"] })
        let e = result.explanation(for: link)
        let nik = try #require(e.evidence.first { $0.field == .nik })
        #expect(nik.level == 4 && nik.agreed && nik.weight > 5)
        let name = try #require(e.evidence.first { $0.field == .name })
        #expect(name.agreed)
        #expect(!e.evidence.contains { $0.field == .phone })       // M1 has no phone
        #expect(e.summary.contains("NIK: identical"))
        #expect(e.probability > 0.5)
        #expect(abs(e.totalWeight - (e.priorWeight + e.evidence.map(\.weight).reduce(0, +))) < 1e-9)
        let twins = try #require(result.explanation("T1", "T2"))
        #expect(twins.evidence.contains { $0.field == .name && !$0.agreed })
        #expect(twins.probability < 0.5)
    }
}
