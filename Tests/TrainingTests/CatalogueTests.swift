import Foundation
import Law
import Testing
@testable import Training

/// The bundled case studies: enough of them, each one gradeable, covering the range.
@Suite struct CatalogueTests {
    let catalogue = StudyCatalogue.bundled

    @Test func atLeastFortyStudiesWithUniqueIDsInBothLanguages() {
        #expect(catalogue.studies.count >= 40)
        #expect(Set(catalogue.studies.map(\.id)).count == catalogue.studies.count)
        for s in catalogue.studies {
            #expect(!s.title.id.isEmpty && !s.title.en.isEmpty && !s.narrative.id.isEmpty && !s.narrative.en.isEmpty, "\(s.id)")
            #expect(!s.source.id.isEmpty && !s.source.en.isEmpty, "\(s.id)")
        }
        for course in Course.allCases { #expect(catalogue.studies(in: course).count >= 10) }
    }

    @Test(arguments: StudyCatalogue.bundled.studies.map(\.id))
    func everyStudyHasAWellDefinedAnswerToEveryQuestion(_ id: String) throws {
        let study = try #require(catalogue.study(id))
        let key = try AnswerKey(study, on: catalogue.assessedOn)
        #expect(key.elements.count == PalermoPart.allCases.count)
        #expect(NationalVerdict.answerable.contains(key.verdict))
        if key.verdict == .offence { #expect(!key.articles.isEmpty, "\(id): an offence with no article") }
        if ProcessInfo.processInfo.environment["TRAINING_DUMP"] != nil {
            print("KEY \(id) \(key.verdict.rawValue) \(key.elements.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value.rawValue)" }) A=\(key.articles.sorted()) G=\(key.aggravations.sorted()) R=\(key.rights.sorted()) fork=\(key.result.national.fork != nil)")
        }
    }
}

/// The catalogue covers the range the course promises, as the engine reads the facts.
@Suite struct CoverageTests {
    let book = TrainingBook.bundled

    func keys(_ where: (AnswerKey) -> Bool) -> [String] { book.keys.filter { `where`($0.value) }.map(\.key).sorted() }

    @Test func theRangeOfTheCourseIsCovered() {
        #expect(keys { $0.verdict == .noOffence }.count >= 3, "cases that are not trafficking")
        #expect(keys { $0.result.national.fork != nil }.count >= 2, "forks where the place is unknown")
        #expect(keys { $0.rights.contains("UU 21/2007 Pasal 18") }.count >= 3, "non-punishment")
        #expect(keys { $0.elements[.means] == .notRequired }.count >= 2, "children, no means needed")
        for article in ["UU 21/2007 Pasal 4", "UU 21/2007 Pasal 5", "UU 21/2007 Pasal 6", "UU 21/2007 Pasal 9", "UU 21/2007 Pasal 12",
                        "KUHP Pasal 455"] {
            #expect(!keys { $0.articles.contains(article) }.isEmpty, "\(article)")
        }
        for aggravation in ["UU 21/2007 Pasal 7", "UU 21/2007 Pasal 8", "UU 21/2007 Pasal 16", "UU 21/2007 Pasal 17"] {
            #expect(!keys { $0.aggravations.contains(aggravation) }.isEmpty, "\(aggravation)")
        }
        #expect(!keys { $0.result.national.corporatePenalty != nil }.isEmpty, "a corporate offender")
    }
}
