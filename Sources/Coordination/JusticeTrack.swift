import Cases

/// The criminal process for one suspect in a case (or the case as a whole before a suspect is
/// named), stage by stage with dates. Stages cannot be skipped: no verdict before prosecution.
public struct JusticeTrack: Versioned, Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let caseID: String
    public let suspectID: String?
    public internal(set) var stage: JusticeStage
    /// The date each reached stage began, in order.
    public internal(set) var stages: [StageDate]
    /// The first-instance verdict.
    public internal(set) var verdict: Verdict?
    /// The verdict as it stands when final: the appeal's, where it changed it.
    public internal(set) var finalVerdict: Verdict?
    public internal(set) var discontinuedReason: String?
    public internal(set) var version: Int
    public internal(set) var history: [TransitionRecord]

    public struct StageDate: Sendable, Hashable, Codable {
        public let stage: JusticeStage
        public let on: CalendarDate
    }

    /// A track opened at `report`, version 1.
    public static func report(id: String, caseID: String, suspectID: String?, by agencyID: String,
                              on date: CalendarDate) -> JusticeTrack {
        let created = TransitionRecord(on: date, byAgencyID: agencyID, action: JusticeStage.report.rawValue,
                                       from: JusticeStage.report.rawValue, to: JusticeStage.report.rawValue,
                                       note: nil, version: 1)
        return JusticeTrack(id: id, caseID: caseID, suspectID: suspectID, stage: .report,
                            stages: [StageDate(stage: .report, on: date)], verdict: nil, finalVerdict: nil,
                            discontinuedReason: nil, version: 1, history: [created])
    }

    /// The date `stage` began, if the track reached it.
    public func date(of stage: JusticeStage) -> CalendarDate? { stages.first { $0.stage == stage }?.on }
}

extension JusticeTrack.StageDate {
    public init(restoring stage: JusticeStage, on: CalendarDate) { self.init(stage: stage, on: on) }
}

extension JusticeTrack {
    /// A track as the store saved it. Use `report` and `apply` for changes; this only reloads.
    public init(restoring id: String, caseID: String, suspectID: String?, stage: JusticeStage, stages: [StageDate],
                verdict: Verdict?, finalVerdict: Verdict?, discontinuedReason: String?, version: Int,
                history: [TransitionRecord]) {
        self.init(id: id, caseID: caseID, suspectID: suspectID, stage: stage, stages: stages, verdict: verdict,
                  finalVerdict: finalVerdict, discontinuedReason: discontinuedReason, version: version, history: history)
    }
}
