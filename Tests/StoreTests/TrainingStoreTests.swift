import Cases
import Testing
import Training
@testable import Store

/// Officers' training in the store (M026): attempts with their marked items, progress, the
/// certificate once a course is passed whole, its check by code, and a cohort's tallies.
@Suite("Training in the store")
struct TrainingStoreTests {
    let book = TrainingBook.bundled

    func graded(_ id: String, right: Bool) throws -> (CaseStudy, GradedAttempt) {
        let (study, key) = try #require(book.study(id))
        var answer = key.modelAnswer
        if !right { answer.verdict = key.verdict == .offence ? .noOffence : .offence; answer.rights = [] }
        return (study, Grading.grade(answer, against: key))
    }

    @Test(arguments: TestBackend.available)
    func attemptsCountTowardsACertificateOnlyWhenEveryStudyOfTheCourseIsPassed(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let course = book.catalogue.studies(in: .basic).map(\.id)
            let (first, wrong) = try graded(course[0], right: false)
            #expect(!wrong.passed)
            let kept = try await f.store.training.record(wrong, study: first, courseStudies: course, by: f.investigator, name: "A")
            #expect(kept.certificate == nil)
            let stored = try #require(try await f.store.training.attempt(kept.attemptID, userID: f.investigator.userID))
            #expect(stored.items == wrong.items && stored.score == wrong.score && !stored.passed)
            #expect(try await f.store.training.attempt(kept.attemptID, userID: f.outsider.userID) == nil, "another officer's attempt")

            // All but the last study passed: still no certificate.
            for id in course.dropLast() {
                let (s, g) = try graded(id, right: true)
                #expect(try await f.store.training.record(g, study: s, courseStudies: course, by: f.investigator, name: "A").certificate == nil)
            }
            let progress = try await f.store.training.progress(userID: f.investigator.userID)
            #expect(progress[course[0]]?.attempts == 2 && progress[course[0]]?.passed == true && progress[course[0]]?.bestScore == 100)
            #expect(progress[course.last!] == nil)

            let (last, right) = try graded(course.last!, right: true)
            let done = try await f.store.training.record(right, study: last, courseStudies: course, by: f.investigator, name: "A")
            let certificate = try #require(done.certificate)
            #expect(certificate.course == .basic)
            // Checked by its code: name, course and date.
            let checked = try #require(try await f.store.training.certificate(code: certificate.code))
            #expect(checked.name == "A" && checked.course == .basic && checked.issuedAt == certificate.issuedAt)
            #expect(try await f.store.training.certificate(code: "AAAA-AAAA-AAAA-AAAA") == nil)
            // Passing again issues no second certificate.
            #expect(try await f.store.training.record(right, study: last, courseStudies: course, by: f.investigator, name: "A").certificate == nil)
            #expect(try await f.store.training.certificates(userID: f.investigator.userID).count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aCohortIsOneAgencysAttemptsAndCountsWhatWasMissed(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            let (study, wrong) = try graded("t05", right: false)
            let (_, right) = try graded("t05", right: true)
            _ = try await f.store.training.record(wrong, study: study, courseStudies: [], by: f.investigator, name: "A")
            _ = try await f.store.training.record(right, study: study, courseStudies: [], by: f.investigator, name: "A")
            _ = try await f.store.training.record(wrong, study: study, courseStudies: [], by: f.outsider, name: "B")

            let agencyA = try await f.store.training.cohort(agencyID: "ag-a", viewedBy: f.admin)
            #expect(agencyA.officers == 1 && agencyA.attempts == 2)
            let pasal18 = try #require(agencyA.tallies.first { $0.question == .right && $0.option == "UU 21/2007 Pasal 18" })
            #expect(pasal18.missed == 1 && pasal18.correct == 1 && pasal18.missedPercent == 50)

            let all = try await f.store.training.cohort(agencyID: nil, viewedBy: f.admin)
            #expect(all.officers == 2 && all.attempts == 3)
            #expect(all.tallies.first { $0.question == .right && $0.option == "UU 21/2007 Pasal 18" }?.missed == 2)
            #expect(try await f.store.audit.entries().contains { $0.action == "training.cohort_viewed" && $0.detail == "agency=ag-a" })
        }
    }
}
