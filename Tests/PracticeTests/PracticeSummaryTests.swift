import Law
import Testing
@testable import Practice

/// What courts did with similar facts, and where that departs from the statute.
@Suite struct PracticeSummaryTests {
    @Test func theSummaryCountsArticlesAcquittalsAndSentences() {
        let index = Fixture.index([
            Fixture.decision("pn-a-1-2020", Fixture.scam, convictedUnder: ["UU 21/2007 Pasal 4", "UU 21/2007 Pasal 10"], months: 60),
            Fixture.decision("pn-a-2-2021", Fixture.scam, convictedUnder: ["UU 21/2007 Pasal 4 ayat (1)"], months: 36),
            Fixture.decision("pn-a-3-2022", Fixture.scam, months: 84),
            Fixture.decision("pn-a-4-2023", Fixture.scam, outcome: .acquitted),
        ])
        let c = index.compare(Fixture.scam, screening: Fixture.screen(Fixture.scam))
        #expect(c.summary.similar == 4 && c.summary.acquitted == 1 && c.summary.convicted == 3)
        #expect(c.summary.convictedUnder == [ArticleCount(citation: "UU 21/2007 Pasal 4", decisions: 3),
                                             ArticleCount(citation: "UU 21/2007 Pasal 10", decisions: 1)])
        #expect(c.summary.sentenceMonths?.median == 60 && c.summary.sentenceMonths?.min == 36 && c.summary.sentenceMonths?.max == 84)
        #expect(c.summary.text.en.hasPrefix("Courts decided 4 similar cases; they convicted under UU 21/2007 Pasal 4: 3 decisions"))
        #expect(c.matches.count == 4 && c.decisionsKnown == 4)
    }

    @Test func anotherLawWhereTheStatuteGivesPasal4IsStated() throws {
        // The engine reads a worker deceived into forced labour abroad as UU 21/2007 Pasal 4.
        let facts = Fixture.plantation
        let screening = Fixture.screen(facts)
        try #require(screening.national.articles.contains("UU 21/2007 Pasal 4"))
        let index = Fixture.index([
            Fixture.decision("pn-b-1-2019", facts, convictedUnder: ["UU 18/2017 Pasal 81"], months: 24),
            Fixture.decision("pn-b-2-2020", facts, convictedUnder: ["UU 21/2007 Pasal 4"], months: 48),
        ])
        let d = index.compare(facts, screening: screening).difference
        #expect(d.otherLaw == 1 && d.sameArticle == 1)
        #expect(d.otherLaws == [ArticleCount(citation: "UU 18/2017 Pasal 81", decisions: 1)])
        #expect(d.statements.contains { $0.en.contains("courts chose another law (UU 18/2017 Pasal 81: 1 decision) where the statute gives UU 21/2007 Pasal 4") })
        #expect(d.minimumUnknown == 1, "UU 18/2017 Pasal 81 has no minimum in Simpul's law table")
    }

    @Test func aSentenceBelowThePasal2MinimumIsFlagged() {
        var domestic = Fixture.plantation
        domestic.movement = .init(from: "ID", to: "ID")
        let index = Fixture.index([
            Fixture.decision("pn-c-1-2018", domestic, convictedUnder: ["UU 21/2007 Pasal 2 ayat (1)"], months: 30),
            Fixture.decision("pn-c-2-2019", domestic, convictedUnder: ["UU 21/2007 Pasal 2 ayat (1)"], months: 36),
        ])
        let d = index.compare(domestic, screening: Fixture.screen(domestic)).difference
        #expect(d.belowMinimum.map(\.decisionID) == ["pn-c-1-2018"])
        #expect(d.belowMinimum.first?.minimumMonths == 36 && d.belowMinimum.first?.provision == "UU 21/2007 Pasal 2")
        #expect(d.statements.contains { $0.en == "1 prison term below the minimum of the article used: 11/Pid.Sus/2022/PN Tst (2 years 6 months < 3 years, UU 21/2007 Pasal 2)." })
    }

    @Test func nothingSimilarIsSaidPlainly() {
        let c = Fixture.index([]).compare(Fixture.scam, screening: Fixture.screen(Fixture.scam))
        #expect(c.matches.isEmpty && c.decisionsKnown == 0 && c.difference.statements.isEmpty)
        #expect(c.summary.text.id == "Tidak ada putusan serupa dalam kumpulan putusan Simpul.")
    }

    @Test func citationsAreReadWithTheirLaw() {
        #expect(ArticleCitation.normalized("UU 21/2007 Pasal 2 ayat (1)") == "UU 21/2007 Pasal 2")
        #expect(ArticleCitation.articles(of: "UU 35/2014 Pasal 76F jo. Pasal 83") == ["UU 35/2014 Pasal 76F", "UU 35/2014 Pasal 83"])
        #expect(ArticleCitation.isTraffickingLaw("KUHP Pasal 455 ayat (1)") && !ArticleCitation.isTraffickingLaw("KUHP Pasal 296"))
        #expect(!ArticleCitation.startsWithLaw("Pasal 2 ayat (1)"))
        #expect(ArticleCitation.minimumYears("UU 35/2014 Pasal 83")?.years == 3)
        #expect(ArticleCitation.minimumYears("KUHP Pasal 506") == nil)
    }
}
