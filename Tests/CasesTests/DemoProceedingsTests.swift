import Coordination
import Testing
@testable import Cases
@testable import Demo

/// The demo's justice tracks, verdicts and restitution: what an effectiveness dashboard reads
/// from a fresh install must be a life of cases the system could have recorded.
@Suite("Demo proceedings")
struct DemoProceedingsTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!
    /// Three thousand cases, generated once for the rate checks.
    static let cases: [DemoCase] = {
        var g = DemoCaseGenerator(seed: 2026, today: today)
        return (0..<3000).map { _ in g.next(now: "t") }
    }()
    static var tracks: [JusticeTrack] { cases.flatMap(\.tracks) }

    @Test func everyCaseHasATrackPerSuspectOrOneForTheCase() {
        for c in Self.cases {
            let suspects = c.persons.filter { $0.role == .suspect }.map(\.id)
            #expect(c.tracks.map(\.suspectID) == (suspects.isEmpty ? [nil] : suspects.map { Optional($0) }))
            #expect(c.record.status == DemoCaseGenerator.status(of: c.tracks, today: Self.today))
            let prosecuted = c.tracks.contains { $0.date(of: .prosecution) != nil }
            #expect(prosecuted == c.agencyIDs.contains(DemoAgencies.prosecution(for: c.record.provinceCode)))
        }
    }

    @Test func stageDatesStartAtTheOpeningAscendAndNeverPassToday() {
        for c in Self.cases {
            for t in c.tracks {
                #expect(t.stages.first?.on.description == c.record.openedOn)
                #expect(zip(t.stages, t.stages.dropFirst()).allSatisfy { $0.on <= $1.on && $0.stage < $1.stage })
                #expect(t.stages.allSatisfy { $0.on <= Self.today })
                #expect(t.history.map(\.version) == Array(1...t.version))
                #expect((t.stage == .discontinued) == (t.discontinuedReason != nil))
            }
        }
    }

    @Test func manyStopEarlyAndAboutAQuarterReachAVerdict() {
        let tracks = Self.tracks, n = Double(tracks.count)
        let early = Double(tracks.filter { $0.date(of: .investigation) == nil }.count) / n
        let dropped = Double(tracks.filter { $0.stage == .discontinued }.count) / n
        let verdicts = Double(tracks.filter { $0.verdict != nil }.count) / n
        #expect((0.35...0.6).contains(early), "\(early) never reach the investigation")
        #expect((0.15...0.35).contains(dropped), "\(dropped) discontinued")
        #expect((0.15...0.35).contains(verdicts), "\(verdicts) reach a verdict")
        let convicted = tracks.compactMap(\.verdict).filter { $0.outcome == .convicted }.count
        #expect((0.85...0.95).contains(Double(convicted) / Double(tracks.compactMap(\.verdict).count)))
    }

    @Test func verdictsFromTwentyTwentySixCiteKUHPPasal455InsteadOfPasal2() {
        var before = 0, after = 0
        for t in Self.tracks {
            guard let v = t.verdict, let on = t.date(of: .verdict) else { continue }
            if on >= CalendarDate(year: 2026, month: 1, day: 2)! {
                #expect(!v.articles.contains("UU 21/2007 Pasal 2"))
                if v.articles.contains("KUHP Pasal 455") { after += 1 }
            } else {
                #expect(!v.articles.contains("KUHP Pasal 455"))
                if v.articles.contains("UU 21/2007 Pasal 2") { before += 1 }
            }
        }
        #expect(before > 50 && after > 20)
    }

    @Test func labourCasesAbroadAreConvictedUnderPasal4OrTheMigrantWorkerLaw() {
        let labourAbroad = Self.cases.filter { $0.destination != "ID" && $0.record.exploitationTypes.first == .forcedLabour }
        let articles = labourAbroad.flatMap(\.tracks).compactMap(\.verdict).flatMap(\.articles)
        let migrant = articles.filter { $0 == "UU 21/2007 Pasal 4" || $0 == "UU 18/2017 Pasal 81" }.count
        #expect(articles.count > 50)
        #expect((0.55...0.85).contains(Double(migrant) / Double(articles.count)))
    }

    @Test func sentencesAreMostlyThreeToTenYearsWithSomeBelowTheMinimum() {
        let terms = Self.tracks.compactMap(\.verdict).filter { $0.articles.contains { $0.hasPrefix("UU 21/2007") } }.map(\.sentenceMonths)
        let n = Double(terms.count)
        #expect(Double(terms.filter { (36...120).contains($0) }.count) / n > 0.6)
        #expect((0.08...0.3).contains(Double(terms.filter { $0 < 36 }.count) / n))
        #expect(terms.contains { $0 < 12 })
    }

    @Test func restitutionIsClaimedOrderedAndMostlyNotPaidInTime() {
        let ledgers = Self.cases.flatMap(\.restitutions)
        let noticed = ledgers.filter { $0.finalDecisionNoticeOn.map { $0.addingDays(14) < Self.today } ?? false }
        let onTime = noticed.filter { $0.paidInFullOn != nil && !$0.isLate(today: Self.today) }.count
        let unpaid = noticed.filter { $0.totalPaid == 0 }.count
        #expect(ledgers.count > 100 && noticed.count > 30)
        #expect(ledgers.contains { $0.orderedAmount == nil })
        #expect((0.08...0.4).contains(Double(onTime) / Double(noticed.count)))
        #expect(Double(unpaid) / Double(noticed.count) > 0.3)
        #expect(noticed.contains { $0.status == .partlyPaid })
        for c in Self.cases {
            let ordered = c.restitutions.compactMap(\.orderedAmount).reduce(0, +)
            let inVerdicts = c.tracks.compactMap(\.verdict).map(\.restitutionOrderedRupiah).reduce(0, +)
            #expect(ordered == inVerdicts, "\(c.record.number)")
        }
    }

    @Test func theSameSeedGivesTheSameProceedings() {
        var a = DemoCaseGenerator(seed: 9, today: Self.today), b = DemoCaseGenerator(seed: 9, today: Self.today)
        for _ in 0..<200 {
            let x = a.next(now: "t"), y = b.next(now: "t")
            #expect(x.tracks == y.tracks && x.restitutions == y.restitutions)
        }
    }
}
