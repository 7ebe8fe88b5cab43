import Cases

/// A step on a justice track.
public enum JusticeEvent: Sendable, Hashable {
    /// Move to a stage that carries no decision: inquiry, investigation, prosecution, trial, appeal.
    case advance(to: JusticeStage)
    /// The first-instance verdict; only after the trial.
    case verdict(Verdict)
    /// The decision becomes final; `amended` is the appeal court's verdict where it changed the first.
    case finalise(amended: Verdict?)
    /// Stop the process before a verdict (SP3, SKPP).
    case discontinue(reason: String)

    public var target: JusticeStage {
        switch self {
        case .advance(let stage): return stage
        case .verdict: return .verdict
        case .finalise: return .final
        case .discontinue: return .discontinued
        }
    }
}

extension JusticeTrack {
    /// The track after `event`, or why not. Any involved agency may record a stage (the police,
    /// the prosecutor, the task force copying a court record); the edge checks involvement.
    public func apply(_ event: JusticeEvent, by agencyID: String, on date: CalendarDate,
                      expectedVersion: Int) throws(CoordinationError) -> JusticeTrack {
        try checkVersion(expectedVersion)
        let target = event.target
        guard stage.successors.contains(target) else {
            throw .invalidTransition(subject: CoordinationSubject.justiceTrack.codeLabel, from: stage.codeLabel,
                                     attempted: target.codeLabel, allowed: stage.successors.map(\.codeLabel))
        }
        if let last = stages.last?.on, date < last {
            throw .input("date", id: "Tanggal tidak boleh sebelum tahap \(stage.label.id) (\(last))",
                         en: "The date cannot be before the \(stage.label.en.lowercased()) stage (\(last))")
        }
        var next = self
        var note: String?
        switch event {
        case .advance(let s):
            guard ![.verdict, .final, .discontinued].contains(s) else {
                throw .input("stage", id: "Tahap \(s.label.id) dicatat dengan formulirnya sendiri",
                             en: "The \(s.label.en.lowercased()) stage is recorded with its own form")
            }
        case .verdict(let v):
            try v.validate()
            next.verdict = v
            note = v.articles.joined(separator: "; ")
        case .finalise(let amended):
            if let amended {
                guard stage == .appeal else {
                    throw .input("verdict", id: "Putusan yang diubah hanya setelah upaya hukum",
                                 en: "Only an appeal can change the verdict")
                }
                try amended.validate()
            }
            next.finalVerdict = amended ?? verdict
        case .discontinue(let reason):
            guard let r = reason.nonBlank else {
                throw .input("reason", id: "Alasan penghentian wajib diisi", en: "Say why the process was stopped")
            }
            next.discontinuedReason = r
            note = r
        }
        next.stage = target
        next.stages.append(StageDate(stage: target, on: date))
        next.version += 1
        next.history.append(TransitionRecord(on: date, byAgencyID: agencyID, action: target.rawValue,
                                             from: stage.rawValue, to: target.rawValue, note: note, version: next.version))
        return next
    }
}
