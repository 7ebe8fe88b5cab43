import Cases
import Foundation
import Reporting

/// An anonymous report from the public as the demo files it, with how the agency handled it.
public struct DemoReport: Sendable {
    public let id: String
    public let answers: ReportAnswers
    public let receivedOn: CalendarDate
    /// To the minute, as reports keep it: `2026-03-04T05:06Z`.
    public let receivedAt: String
    /// The agency's first word to the reporter, days after receipt; nil while nobody has answered.
    public let firstReply: Reply?
    public let outcome: Outcome

    public struct Reply: Sendable {
        public let after: Int
        public let at: String
        public let kind: ReportMessage.Kind
        public let text: String
    }

    public enum Outcome: Sendable {
        case open(ReportStatus)
        /// Closed with the reason, on `at` (a full timestamp).
        case closed(ClosureReason, at: String)
        /// Turned into the case it was generated beside, on the day that case was opened.
        case caseOpened(caseID: String)
    }
}

/// Reports beside the demo cases, one for every `casesPerReport`: about a quarter are the
/// reports a case was opened from; the rest were answered, asked about, or closed. Most
/// reporters hear back within a week, some wait weeks, some have not been answered yet.
public struct DemoReportGenerator {
    private var rng: SeededRandom
    private let today: CalendarDate
    public static let casesPerReport = 25

    public init(seed: UInt64, today: CalendarDate) {
        rng = SeededRandom(seed: seed ^ 0x2E_9027)
        self.today = today
    }

    public mutating func report(beside c: DemoCase) -> DemoReport {
        let id = "report-" + c.record.id
        let hour = rng.int(0...20), minute = rng.int(0...59)
        func reply(after days: Int, on received: CalendarDate, asks: Bool) -> DemoReport.Reply {
            // Office hours in Jakarta (01–10 UTC), and on the day of receipt after it came in.
            let at = days == 0 ? Self.stamp(received, rng.int((hour + 1)...23), minute)
                : Self.stamp(received.addingDays(days), rng.int(1...10), rng.int(0...59))
            return DemoReport.Reply(after: days, at: at, kind: asks ? .question : .reply, text: asks ? Self.question : Self.thanks)
        }
        if rng.chance(0.25), let opened = CalendarDate(iso: c.record.openedOn) {
            let received = opened.addingDays(-rng.int(1...21))
            return DemoReport(id: id, answers: answers(like: c), receivedOn: received, receivedAt: Self.stamp(received, hour, minute),
                              firstReply: reply(after: rng.int(0...received.days(until: opened)), on: received, asks: false),
                              outcome: .caseOpened(caseID: c.record.id))
        }
        let received = today.addingDays(-rng.int(0...540))
        let age = received.days(until: today)
        let wait: ClosedRange<Int>? = rng.weighted([(0...1, 35), (2...7, 30), (8...30, 20), (nil, 15)])
        let asks = rng.chance(0.2)
        let first = wait.map { rng.int($0) }.flatMap { $0 <= age ? reply(after: $0, on: received, asks: asks) : nil }
        let outcome: DemoReport.Outcome
        if let first, !asks, age - first.after > 14, rng.chance(0.7) {
            let reason = rng.weighted([(ClosureReason.insufficientInformation, 35), (.notTrafficking, 25), (.referredElsewhere, 15),
                                       (.duplicate, 10), (.other, 10), (.reporterWithdrew, 5)])
            let closed = received.addingDays(first.after + rng.int(7...min(90, age - first.after)))
            outcome = .closed(reason, at: Self.stamp(closed, rng.int(1...10), rng.int(0...59)).dropLast() + ":00.000Z")
        } else {
            outcome = .open(first == nil ? .new : asks ? .awaitingReporter : .inReview)
        }
        return DemoReport(id: id, answers: answers(like: c), receivedOn: received, receivedAt: Self.stamp(received, hour, minute),
                          firstReply: first, outcome: outcome)
    }

    /// `2026-03-04T05:06Z`.
    static func stamp(_ day: CalendarDate, _ hour: Int, _ minute: Int) -> String {
        "\(day)T" + String(format: "%02d:%02d", hour, minute) + "Z"
    }

    static let thanks = "Terima kasih atas laporan Anda. Petugas kami sedang menelaahnya dan akan menindaklanjuti sesuai pilihan kontak Anda."
    static let question = "Terima kasih. Apakah Anda dapat menyebutkan nama perusahaan atau perekrut, dan kapan korban berangkat?"

    /// What a reporter would tell of a case like `c`, in the questionnaire's words.
    private mutating func answers(like c: DemoCase) -> ReportAnswers {
        var a = ReportAnswers()
        let abroad = c.destination != "ID"
        a.danger = rng.weighted([(Tristate.no, 70), (.unknown, 30)])
        for t in c.record.exploitationTypes {
            switch t {
            case .forcedLabour: a.situations += abroad ? [.deceptiveJobAbroad, .forcedWork] : [.forcedWork]
            case .servitude, .slaveryOrSimilar: a.situations += [.debtBondage, .confined]
            case .prostitution, .sexualExploitation: a.situations.append(.sexual)
            case .organRemoval: a.situations.append(.organ)
            default: a.situations.append(.other)
            }
        }
        if rng.chance(0.3) { a.situations.append(.documentsHeld) }
        let child = c.persons.contains { $0.role == .victim && $0.age < 18 }
        if child { a.situations.append(.childExploited) }
        a.narrative = DemoCaseGenerator.summary(types: c.record.exploitationTypes, destination: c.destination, regency: c.record.regency)
        a.relation = rng.weighted([(Relation.family, 40), (.myself, 20), (.friend, 20), (.witness, 15), (.professional, 5)])
        a.victimIsChild = child ? .yes : rng.weighted([(Tristate.no, 70), (.unknown, 30)])
        a.victimCount = rng.weighted([(VictimCount.one, 60), (.several, 30), (.unknown, 10)])
        a.whereabouts = abroad ? .abroad : .indonesia
        a.provinceCode = c.record.provinceCode
        a.regency = c.record.regency
        a.country = abroad ? c.destination : nil
        a.contact = rng.weighted([(ContactPreference.receiptOnly, 80), (.never, 20)])
        return a
    }
}
