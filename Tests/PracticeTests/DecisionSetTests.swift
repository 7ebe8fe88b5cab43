import Cases
import Foundation
import Law
import Testing
@testable import Practice

/// Reading a decisions file: the format exactly, and errors that name the entry and the field.
@Suite struct DecisionSetTests {
    static let good = #"""
    {"id": "pn-tst-1-2020", "number": "1/Pid.Sus/2020/PN Tst", "court": "Pengadilan Negeri Uji", "level": "PN",
     "provinceCode": "81", "year": 2020, "decidedOn": null,
     "facts": {"victim": {"age": 15, "citizenship": "ID"}, "acts": ["recruitment"], "means": ["deception"],
               "exploitation": {"types": ["prostitution"], "status": "occurred"}},
     "charged": [], "outcome": "convicted", "convictedUnder": ["UU 21/2007 Pasal 2 ayat (1)"], "sentenceMonths": 54,
     "fineRupiah": null, "restitutionRupiah": null, "summary": {"id": "Uji.", "en": "Test."},
     "source": {"url": "https://example.org/a", "title": "Fixture", "kind": "journal", "accessed": "2026-12-06"},
     "unstated": ["decidedOn", "fineRupiah", "restitutionRupiah"]}
    """#

    func file(_ entries: [String]) -> Data { Data(#"{"formatVersion": 1, "decisions": [\#(entries.joined(separator: ","))]}"#.utf8) }

    @Test func aWellFormedEntryReads() throws {
        let set = try DecisionSet.decode(file([Self.good]))
        let d = try #require(set.decisions.first)
        #expect(d.sentenceMonths == 54 && d.level == .pn && d.facts.means == [.deception] && d.facts.movement == nil)
        // And it writes back to the same format (nulls kept).
        let again = try DecisionSet.decode(file([String(decoding: try JSONEncoder().encode(d), as: UTF8.self)]))
        #expect(again.decisions == [d])
    }

    @Test func errorsNameTheEntryAndTheField() {
        let badLevel = Self.good.replacingOccurrences(of: #""level": "PN""#, with: #""level": "PNX""#)
        let badMeans = Self.good.replacingOccurrences(of: "pn-tst-1-2020", with: "pn-tst-2-2020")
            .replacingOccurrences(of: #"["deception"]"#, with: #"["deception", "magic"]"#)
        let badURL = Self.good.replacingOccurrences(of: "pn-tst-1-2020", with: "pn-tst-3-2020")
            .replacingOccurrences(of: "https://example.org/a", with: "example.org")
            .replacingOccurrences(of: "UU 21/2007 Pasal 2", with: "Pasal 2")
        #expect {
            try DecisionSet.decode(file([badLevel, badMeans, badURL, Self.good, Self.good]), provinceCodes: ["35"])
        } throws: { error in
            let problems = (error as? DecisionSetError)?.problems.map(\.description) ?? []
            return problems.contains { $0.hasPrefix("pn-tst-1-2020: level:") }
                && problems.contains { $0.hasPrefix("pn-tst-2-2020: facts.means[1]:") }
                && problems.contains { $0.hasPrefix("pn-tst-3-2020: source.url:") }
                && problems.contains { $0.hasPrefix("pn-tst-3-2020: convictedUnder[0]:") }
                && problems.contains { $0 == "pn-tst-1-2020: id: used by an earlier entry" }
                && problems.contains { $0.hasPrefix("pn-tst-1-2020: provinceCode: not a province code") }
        }
    }

    @Test func anAcquittalConvictsUnderNothing() {
        let acquitted = Self.good.replacingOccurrences(of: #""outcome": "convicted""#, with: #""outcome": "acquitted""#)
        #expect(throws: DecisionSetError.self) { try DecisionSet.decode(file([acquitted])) }
    }

    /// Whatever the bundled file holds (possibly nothing yet), it keeps the format's invariants.
    @Test func theBundledDecisionsKeepTheFormat() throws {
        let set = try DecisionSet.bundled(provinceCodes: Set(Province.all.map(\.code)))
        #expect(Set(set.decisions.map(\.id)).count == set.decisions.count)
        for d in set.decisions {
            // The facts read again through the law engine's strict reader.
            _ = try CaseFacts.decode(try JSONEncoder().encode(d.facts))
            #expect(d.convictedUnder.allSatisfy(ArticleCitation.startsWithLaw), "\(d.id)")
            #expect(d.source.url.hasPrefix("http"), "\(d.id)")
            #expect(CourtDecision.Level.allCases.contains(d.level) && Province.all.contains { $0.code == d.provinceCode }, "\(d.id)")
        }
        if case .failure(let e) = BundledDecisions.index { Issue.record("bundled decisions refused: \(e)") }
    }
}
