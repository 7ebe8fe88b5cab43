import Foundation
import Law
import Markup
import Practice
import SimpulCommands
import Testing
@testable import Web

/// Court practice on the screening memo and in `simpul screen --practice`.
@Suite struct CourtPracticePagesTests {
    static let scam = CaseFacts(
        victim: .init(age: 27, citizenship: "ID", sex: .male), acts: [.recruitment, .transportation],
        means: [.deception], exploitation: .init(types: [.forcedCriminality], status: .occurred),
        movement: .init(from: "ID", to: "KH"), stage: .completed, victimCompelledToOffend: true)

    /// A decision written for this test; its title carries markup that must come out escaped.
    static func index() -> PracticeIndex {
        PracticeIndex(DecisionSet([CourtDecision(
            id: "pn-tst-9-2024", number: "9/Pid.Sus/2024/PN Tst", court: "Pengadilan Negeri Uji", level: .pn, provinceCode: "32",
            year: 2024, facts: scam, outcome: .convicted, convictedUnder: ["UU 18/2017 Pasal 81"], sentenceMonths: 20,
            summary: .init(id: "Rekaan.", en: "Made up."),
            source: .init(url: "https://example.org/putusan?a=1&b=2", title: "<b>Putusan</b> uji", kind: .report, accessed: "2026-12-06"))]))
    }

    static func render(_ node: Node) -> String { node.render() }

    @Test func theSectionListsTheDecisionWithAnEscapedCitationLinkAndTheDifference() {
        let result = Screening.screen(Self.scam, today: Date(timeIntervalSince1970: 1_796_000_000))
        let html = Self.render(CourtPracticeSection.section(.success(Self.index().compare(Self.scam, screening: result)), Lang(.english)))
        #expect(html.contains(#"<a href="https://example.org/putusan?a=1&amp;b=2" rel="noreferrer">&lt;b&gt;Putusan&lt;/b&gt; uji</a>"#))
        #expect(html.contains("9/Pid.Sus/2024/PN Tst") && html.contains("Court practice") && html.contains("Similarity 100%"))
        #expect(html.contains("courts chose another law (UU 18/2017 Pasal 81: 1 decision)"))
        #expect(!html.contains("<b>Putusan"))
    }

    @Test func anEmptySetAndNothingSimilarAreSaidPlainly() {
        let result = Screening.screen(Self.scam, today: Date())
        let empty = Self.render(CourtPracticeSection.section(.success(PracticeIndex(DecisionSet([])).compare(Self.scam, screening: result)), Lang(.indonesian)))
        #expect(empty.contains("Simpul belum memuat putusan pengadilan"))
        let child = CaseFacts(victim: .init(age: 15), acts: [.harbouring], means: [], exploitation: .init(types: [.prostitution]),
                              movement: .init(from: "ID", to: "ID"), stage: .completed, victimCompelledToOffend: false)
        let none = Self.render(CourtPracticeSection.section(.success(Self.index().compare(child, screening: Screening.screen(child, today: Date()))),
                                                            Lang(.indonesian)))
        #expect(none.contains("Tidak ada putusan serupa di antara 1 putusan"))
    }

    @Test func theCommandAddsAPracticeObjectAndAText() throws {
        let facts = try JSONEncoder().encode(Self.scam)
        let json = try ScreenCommand.render(facts, format: .json, language: .english, today: Date(), practice: true, decisions: Self.index()).get()
        let object = try #require(ScreeningTests.object(json))
        let practice = try #require(object["practice"] as? NSDictionary)
        #expect(object["national"] != nil && practice["decisionsKnown"] as? Int == 1)
        let matches = try #require(practice["matches"] as? [NSDictionary])
        #expect((matches.first?["decision"] as? NSDictionary)?["number"] as? String == "9/Pid.Sus/2024/PN Tst")
        let text = try ScreenCommand.render(facts, format: .text, language: .english, today: Date(), practice: true, decisions: Self.index()).get()
        #expect(text.contains("Court practice") && text.contains("<https://example.org/putusan?a=1&b=2>"))
        // Practice off: the output is the screening alone.
        let plain = try ScreenCommand.render(facts, format: .json, language: .english, today: Date()).get()
        #expect(ScreeningTests.object(plain)?["practice"] == nil)
    }

    @Test func theMemoCarriesThePracticeSection() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/penapisan")
            let (status, memo, _) = try await b.post("/penapisan", ScreeningTests.p1Form)
            #expect(status == .ok && memo.contains("Praktik pengadilan"))
            // Whatever the bundled set holds: nothing, nothing similar, or decisions each with its source link.
            #expect(memo.contains("belum memuat putusan") || memo.contains("Tidak ada putusan serupa") || memo.contains(#"rel="noreferrer""#))
        }
    }
}
