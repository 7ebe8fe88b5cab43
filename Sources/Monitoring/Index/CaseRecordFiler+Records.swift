import Cases
import Coordination

extension CaseRecordFiler {
    typealias Put = (Int, (inout YearPartition) -> Void) -> Void

    private static func day(_ d: CalendarDate?) -> Int32 { d.map { Int32($0.dayNumber) } ?? IndexDay.none }

    func fileJustice(_ at: Coordinates, opened: Int, vocabulary: inout IndexVocabulary, _ put: Put) {
        let suspects = Dictionary(group.suspects.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var events: [SuspectEvent] = []
        for t in group.tracks {
            if let report = t.date(of: .report) {
                var stages = StageDays(repeating: IndexDay.none)
                for (i, stage) in IndicatorCalculator.funnelStages.enumerated() { stages[i] = Self.day(t.date(of: stage)) }
                stages[7] = Self.day(t.date(of: .discontinued))
                put(report.year) { $0.funnel.append(FunnelRecord(at: at, stages: stages, caseNumber: caseNumber)) }
            }
            if let v = t.verdict, v.outcome == .convicted, let on = t.date(of: .verdict) {
                let record = ConvictionRecord(day: Self.day(on), at: at, months: Int32(v.sentenceMonths),
                                              law: UInt8(LawCategory(articles: v.articles).index),
                                              minimum: Int32(LawCategory.statutoryMinimumMonths(articles: v.articles) ?? -1), caseNumber: caseNumber)
                put(on.year) { $0.convictions.append(record) }
            }
            guard let id = t.suspectID, let s = suspects[id] else {
                put(opened) { $0.unnamedTracks.append(UnnamedTrack(at: at, caseNumber: caseNumber)) }
                continue
            }
            let steps = [t.date(of: .report), t.date(of: .prosecution), t.verdict?.outcome == .convicted ? t.date(of: .verdict) : nil]
            for (step, date) in steps.enumerated() {
                guard let date else { continue }
                events.append(SuspectEvent(day: Self.day(date), at: at, step: UInt8(step), sex: UInt8(s.sex.index),
                                           citizenship: vocabulary.citizenship(s.citizenship), repeated: false,
                                           person: PersonKey(RecordKey.of(s.id)), caseNumber: caseNumber))
            }
        }
        // A suspect who reaches the same step on two tracks of the case is one person there.
        var seen: [PersonStep: Int] = [:]
        for e in events { seen[PersonStep(person: e.person, step: e.step), default: 0] += 1 }
        for var e in events {
            e.repeated = (seen[PersonStep(person: e.person, step: e.step)] ?? 0) > 1
            let year = CalendarDate(dayNumber: Int(e.day)).year
            put(year) { $0.suspectEvents.append(e) }
        }
    }

    func fileServices(_ at: Coordinates, victimBits: [String: UInt16], opened: Int, vocabulary: inout IndexVocabulary, _ put: Put) {
        var openItems: [OpenItemRecord] = []
        for s in group.services {
            let record = ServiceRecord(day: Self.day(s.requestedOn), at: at, victimBit: victimBits[s.victimID] ?? 0,
                                       service: UInt8(ProtectionService.allCases.firstIndex(of: s.service)!),
                                       delivered: s.status == .delivered, notDelivered: s.status == .notDelivered,
                                       bound: s.deadline != nil, closed: Self.day(s.closedOn), due: Self.day(s.dueOn), caseNumber: caseNumber)
            put(s.requestedOn.year) { $0.services.append(record) }
            if s.closedOn == nil {
                openItems.append(OpenItemRecord(at: at, owner: vocabulary.agency(s.responsibleAgencyID), due: Self.day(s.dueOn), caseNumber: caseNumber))
            }
        }
        for r in group.restitutions {
            let paidInFull = r.paidInFullOn
            let record = RestitutionRecord(day: Self.day(r.claimedOn), at: at, victimBit: victimBits[r.victimID] ?? 0,
                                           claimed: r.totalClaimed, ordered: r.orderedAmount ?? -1,
                                           paidCapped: min(r.totalPaid, r.orderedAmount ?? 0), notified: r.deadline != nil,
                                           paidInFull: Self.day(paidInFull), deadline: Self.day(r.deadline?.dueOn), caseNumber: caseNumber)
            put(r.claimedOn.year) { $0.restitutions.append(record) }
        }
        for r in group.referrals {
            let accepted = r.history.first { $0.action == "accept" }
            let record = ReferralRecord(day: Self.day(r.requestedOn), at: at, victimBit: r.victimID.flatMap { victimBits[$0] } ?? 0,
                                        service: UInt8(ReferralService.allCases.firstIndex(of: r.service)!),
                                        toAgency: vocabulary.agency(r.toAgencyID),
                                        acceptDays: accepted.map { Int32(r.requestedOn.days(until: $0.on)) } ?? IndexDay.none,
                                        delivered: r.status == .completed && r.outcome == .delivered, declined: r.status == .declined,
                                        caseNumber: caseNumber)
            put(r.requestedOn.year) { $0.referrals.append(record) }
            if r.status.isOpen {
                openItems.append(OpenItemRecord(at: at, owner: vocabulary.agency(r.toAgencyID), due: Self.day(r.dueOn), caseNumber: caseNumber))
            }
        }
        if !openItems.isEmpty { put(opened) { $0.openItems += openItems } }
    }
}

private struct PersonStep: Hashable {
    let person: PersonKey
    let step: UInt8
}
