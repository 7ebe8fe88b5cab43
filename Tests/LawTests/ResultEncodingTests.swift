import Foundation
import Testing
@testable import Law

/// The JSON that clients rely on: the contract's fixed fields, with `null` for unset bounds.
@Suite("Screening JSON")
struct ResultEncodingTests {
    @Test("the fixed fields of the contract are present")
    func fixedFields() throws {
        let json = try encoded(try screen(PublicExamplesTests.p4))
        for key in ["palermo", "national", "victimRights", "instruments", "divergences", "explanation"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let palermo = try #require(json["palermo"] as? [String: Any])
        #expect(palermo["verdict"] as? String == "trafficking")
        #expect(palermo["missing"] as? [String] == [])
        let national = try #require(json["national"] as? [String: Any])
        #expect(national["verdict"] as? String == "offence")
        #expect(national["lawApplied"] is String)
        let penalty = try #require(national["penalty"] as? [String: Any])
        #expect(Set(penalty.keys) == ["prisonYearsMin", "prisonYearsMax", "life", "fineMinRp", "fineMaxRp", "cumulative"])
        #expect(penalty["prisonYearsMin"] is NSNull, "a bound the law does not set is null")
        #expect(penalty["fineMaxRp"] as? Int == 5_000_000_000)
        let line = try #require((json["explanation"] as? [[String: Any]])?.first)
        #expect(line["id"] is String && line["en"] is String)
    }

    @Test("an undetermined case has a null penalty and says what to establish")
    func undetermined() throws {
        let json = try encoded(try screen(PublicExamplesTests.p3))
        let national = try #require(json["national"] as? [String: Any])
        #expect(national["penalty"] is NSNull)
        let next = try #require(json["nextFacts"] as? [[String: Any]])
        #expect(next.first?["field"] as? String == "means")
    }

    @Test("every cited provision has its source and confidence")
    func sources() throws {
        let r = try screen(PublicExamplesTests.p4)
        let cited = Set(r.sources.map(\.citation))
        #expect(cited.isSuperset(of: ["KUHP Pasal 455 ayat (2)", "KUHP Pasal 622 ayat (1) huruf q", "UU 1/2026 Pasal VII angka 40",
                                      "UU 21/2007 Pasal 44"]))
        #expect(r.sources.allSatisfy { !$0.source.isEmpty })
    }
}

@Suite("Facts JSON")
struct FactsRoundTripTests {
    @Test("facts written back out read the same, unknowns staying unknown")
    func roundTrip() throws {
        for json in [PublicExamplesTests.p2, PublicExamplesTests.p3, FactsJSON.baseline.with { $0.assisted = true }.json] {
            let facts = try CaseFacts.decode(Data(json.utf8))
            let again = try CaseFacts.decode(try JSONEncoder().encode(facts))
            #expect(again == facts)
        }
    }

    @Test("the definitions behind the national reasoning are among the sources, with their confidence")
    func definitionsCited() throws {
        let r = try screen(PublicExamplesTests.p1)
        let byCitation = Dictionary(uniqueKeysWithValues: r.sources.map { ($0.citation, $0.confidence) })
        #expect(byCitation["UU 21/2007 Pasal 1 angka 1"] == .high)
        #expect(byCitation["UU 21/2007 Pasal 1 angka 15"] == .low, "debt bondage's definition is unverified")
    }
}
