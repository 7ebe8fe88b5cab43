import Law
import Testing
@testable import Training

/// Grading an officer's answer against the engine's, and the reasons given for each item.
@Suite struct GradingTests {
    let book = TrainingBook.bundled

    @Test func theEnginesOwnAnswerScoresFullMarks() throws {
        for (id, key) in book.keys {
            let graded = Grading.grade(key.modelAnswer, against: key)
            #expect(graded.score == 100 && graded.passed, "\(id)")
            #expect(graded.items.allSatisfy { $0.mark == .correct }, "\(id)")
        }
    }

    @Test func aWrongAnswerMarksTheMissedArticleAndTheWrongOneAndExplainsBothWithCitations() throws {
        // Set-up: a study with at least one article, answered with one article left out and one
        // the engine does not give ticked instead, and the verdict the wrong way round.
        let (id, key) = try #require(book.keys.sorted { $0.key < $1.key }.first { !$0.value.articles.isEmpty && $0.value.verdict == .offence })
        let dropped = try #require(key.articles.sorted().first)
        let added = try #require(book.options.articles.first { !key.articles.contains($0) })
        var answer = key.modelAnswer
        answer.articles.remove(dropped)
        answer.articles.insert(added)
        answer.verdict = .noOffence

        let graded = Grading.grade(answer, against: key)

        #expect(graded.items(.article).filter { $0.mark == .missed }.map(\.option) == [dropped], "\(id)")
        #expect(graded.items(.article).filter { $0.mark == .extra }.map(\.option) == [added], "\(id)")
        #expect(graded.items(.verdict).map(\.mark).sorted { $0.rawValue < $1.rawValue } == [.extra, .missed])
        #expect(graded.score < 100)
        let missed = try #require(graded.items(.article).first { $0.mark == .missed })
        let reasons = key.reasons(for: missed)
        #expect(!reasons.isEmpty && reasons.allSatisfy { !$0.source.isEmpty && !$0.text.id.isEmpty && !$0.text.en.isEmpty })
        #expect(reasons.contains { $0.citation.hasPrefix(dropped) }, "reasons cite \(reasons.map(\.citation)), not \(dropped)")
        let verdictReasons = key.reasons(for: try #require(graded.items(.verdict).first { $0.mark == .missed }))
        #expect(!verdictReasons.isEmpty)
    }

    @Test func aWrongElementIsMissedAndExtraAndExplainedByThePalermoLine() throws {
        let key = try #require(book.keys["t07"])
        #expect(key.elements[.means] == .notRequired)  // a child: no means needed (Palermo Art. 3(c))
        var answer = key.modelAnswer
        answer.elements[.means] = .notMet
        let graded = Grading.grade(answer, against: key)
        let marks = graded.items(.element).filter { $0.mark != .correct }
        #expect(Set(marks.map(\.option)) == ["means.not_required", "means.not_met"])
        let reasons = key.reasons(for: try #require(marks.first { $0.mark == .missed }))
        #expect(reasons.contains { $0.citation.hasPrefix("Palermo Protocol Art. 3") })
    }

    @Test func aRevokedArticleChosenForActsAfterItsRevocationIsExplainedAsNotInForce() throws {
        // Set-up: a study whose acts are after 1 January 2026, answered with UU 21/2007 Pasal 2 added.
        let key = try #require(book.keys["t01"])
        #expect(key.articles == ["KUHP Pasal 455"])
        var answer = key.modelAnswer
        answer.articles.insert("UU 21/2007 Pasal 2")
        let extra = try #require(Grading.grade(answer, against: key).items(.article).first { $0.mark == .extra })
        let reasons = key.reasons(for: extra)
        #expect(reasons.contains { $0.text.en.contains("not in force") && $0.citation.hasPrefix("UU 21/2007 Pasal 2") && !$0.source.isEmpty })
    }

    @Test func theScoreWeighsMissedAndWrongAlike() {
        let items = [GradedItem(question: .right, option: "a", mark: .correct), GradedItem(question: .right, option: "b", mark: .correct),
                     GradedItem(question: .right, option: "c", mark: .correct), GradedItem(question: .right, option: "d", mark: .correct),
                     GradedItem(question: .right, option: "e", mark: .missed)]
        #expect(GradedAttempt(items: items).score == 80 && GradedAttempt(items: items).passed)
        #expect(!GradedAttempt(items: items + [GradedItem(question: .right, option: "f", mark: .extra)]).passed)
    }

    @Test func aFormWithAMissingVerdictAndAnUnknownArticleNamesBothFields() throws {
        let fields: [String: [String]] = ["element.act": ["met"], "element.means": ["met"], "element.purpose": ["bogus"],
                                          "article": ["UU 99/2099 Pasal 1"]]
        guard case .failure(let bad) = OfficerAnswer.read({ fields[$0] ?? [] }, options: book.options) else {
            Issue.record("a malformed form was accepted")
            return
        }
        #expect(Set(bad.fields.map(\.field)) == ["verdict", "element.purpose", "article"])
        #expect(bad.fields.first { $0.field == "verdict" }?.allowed == ["offence", "no_offence"])
        #expect(bad.fields.first { $0.field == "article" }?.allowed == book.options.articles)
    }

    @Test func verificationCodesAreReadHoweverTheyAreTyped() {
        var g = SystemRandomNumberGenerator()
        let code = VerificationCode.make(using: &g)
        #expect(code.count == 19 && VerificationCode.normalised(code) == code)
        #expect(VerificationCode.normalised(code.lowercased().replacingOccurrences(of: "-", with: " ")) == code)
        #expect(VerificationCode.normalised("ABCD") == nil && VerificationCode.normalised("0000-0000-0000-0000") == nil)
    }
}
