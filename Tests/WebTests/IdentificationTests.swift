import Foundation
import Hummingbird
import HummingbirdTesting
import Law
import Testing
@testable import Web

@Suite("Victim identification questionnaire")
struct IdentificationTests {
    @Test func answersAreScoredExplainedAndPrefillTheScreening() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            let (ok, page, _) = try await b.get("/identifikasi")
            #expect(ok == .ok)
            let first = try #require(Questionnaire.questions.first)
            #expect(page.contains(first.text.id.replacingOccurrences(of: "'", with: "&apos;")) || page.contains(first.text.id))
            // Deceived about the job and kept by debt: answer yes to every question that points at
            // deception or debt bondage.
            let yes = Questionnaire.questions.filter { q in
                q.prefill.contains { "\($0)".contains("deception") || "\($0)".contains("debt") }
            }
            #expect(!yes.isEmpty)
            let fields = [("age", "30"), ("citizenship", "ID"), ("from", "ID"), ("to", "MY")] + yes.map { ("q.\($0.id)", "yes") }
            let (status, result, _) = try await b.post("/identifikasi", fields)
            #expect(status == .ok)
            #expect(result.contains("Dimensi ILO–EC"))
            #expect(result.contains(yes[0].text.id) || result.contains(yes[0].text.id.replacingOccurrences(of: "'", with: "&apos;")))
            #expect(result.contains(#"name="isi" value="1""#))
            #expect(result.contains(#"name="means""#))

            let expected = Questionnaire.score(QuestionnaireAnswers(answers: Dictionary(uniqueKeysWithValues: yes.map { ($0.id, .yes) }),
                                                                    age: 30, citizenship: "ID", from: "ID", to: "MY"))
            #expect(expected.dimensions.contains { $0.positive })
        }
    }

    @Test func privateModeCarriesAnswersAndHidesThemUntilTheOfficerAsks() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            let (_, firstPage, _) = try await b.get("/identifikasi?pribadi=1")
            #expect(firstPage.contains("Pertanyaan 1 dari \(Questionnaire.questions.count)"))
            #expect(!firstPage.contains("Keluar")) // no navigation for the person holding the phone
            let q1 = Questionnaire.questions[0].id
            let (_, second, _) = try await b.post("/identifikasi", [("langkah", "1"), ("q.\(q1)", "yes")])
            #expect(second.contains("Pertanyaan 2 dari"))
            #expect(second.contains(#"name="q.\#(q1)" value="yes""#))
            var fields: [(String, String)] = [("q.\(q1)", "yes")]
            for (i, q) in Questionnaire.questions.enumerated().dropFirst() { fields.append(("q.\(q.id)", i % 2 == 0 ? "no" : "unsure")) }
            let (_, done, _) = try await b.post("/identifikasi", fields + [("langkah", String(Questionnaire.questions.count))])
            #expect(done.contains("kembalikan ponsel kepada petugas"))
            #expect(!done.contains("Dimensi ILO–EC"))
            let (_, result, _) = try await b.post("/identifikasi", fields + [("langkah", "selesai"), ("petugas", "1")])
            #expect(result.contains("Dimensi ILO–EC"))
        }
    }

    @Test func thePersonCanGoBackAndChangeAnAnswerWithoutLosingTheOthers() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            _ = try await b.get("/identifikasi?pribadi=1")
            let (q1, q2, q3) = (Questionnaire.questions[0].id, Questionnaire.questions[1].id, Questionnaire.questions[2].id)
            let (_, first, _) = try await b.get("/identifikasi?pribadi=1")
            #expect(!first.contains("name=\"mundur\""), "no way back from the first question")
            // On question 3, with 1 and 2 answered, the person goes back.
            let (_, second, _) = try await b.post("/identifikasi", [("q.\(q1)", "yes"), ("q.\(q2)", "no"), ("ditampilkan", "2"), ("mundur", "1")])
            #expect(second.contains("Pertanyaan 2 dari"))
            #expect(second.contains(#"value="no" aria-pressed="true""#), "the answer given before is shown as chosen")
            #expect(second.contains(#"name="sebelumnya" value="no""#))
            #expect(second.contains(#"type="hidden" name="q.\#(q1)" value="yes""#) && !second.contains(#"type="hidden" name="q.\#(q2)""#))
            // Back once more without answering: question 2's answer is kept, carried apart.
            let (_, backAgain, _) = try await b.post("/identifikasi", [("q.\(q1)", "yes"), ("ditampilkan", "1"), ("sebelumnya", "no"), ("mundur", "0")])
            #expect(backAgain.contains("Pertanyaan 1 dari"))
            #expect(backAgain.contains(#"type="hidden" name="q.\#(q2)" value="no""#))
            #expect(backAgain.contains(#"value="yes" aria-pressed="true""#))
            // A new answer replaces the old one.
            let (_, third, _) = try await b.post("/identifikasi", [("q.\(q1)", "yes"), ("ditampilkan", "1"), ("sebelumnya", "no"), ("q.\(q2)", "unsure"), ("langkah", "2")])
            #expect(third.contains("Pertanyaan 3 dari") && third.contains(#"type="hidden" name="q.\#(q2)" value="unsure""#))
            _ = q3
            // The page that hands the phone back lets the person change the last answer.
            let all = Questionnaire.questions.map { ("q.\($0.id)", "no") }
            let (_, done, _) = try await b.post("/identifikasi", all + [("langkah", String(Questionnaire.questions.count))])
            #expect(done.contains(#"name="mundur" value="\#(Questionnaire.questions.count - 1)""#))
        }
    }
}

@Suite("Identification: bad steps")
struct IdentificationBadInputTests {
    @Test func aStepOutsideTheQuestionnaireIsNotACrash() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/identifikasi")
            for step in ["-3", "99999999999999999999", "abc"] {
                let (status, _, _) = try await b.post("/identifikasi", [("langkah", step)])
                #expect(status == .ok, "langkah=\(step)")
            }
        }
    }
}
