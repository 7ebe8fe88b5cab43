import Cases
import Coordination

/// The criminal process of a demo case, one justice track per suspect (or one for the case while
/// no suspect is named), moved through `JusticeTrack.apply` from the case's opening towards today.
/// Each stage takes weeks to months, and at each some tracks stop: dropped (SP2-Lid, SP3, SKPP,
/// with the reason) or stalled with nobody recording a next step. A step that would fall after
/// today is not taken, so young cases are still early in the process.
struct DemoJustice {
    var rng: SeededRandom
    let today: CalendarDate

    /// What the process needs to know of the case.
    struct Facts {
        let caseID: String
        let opened: CalendarDate
        let regency: String
        let police: String
        let prosecutor: String
        let suspectIDs: [String]
        let victims: [DemoPerson]
        let types: [ExploitationType]
        let abroad: Bool
    }

    struct Outcome {
        var tracks: [JusticeTrack] = []
        var restitutions: [Restitution] = []
    }

    mutating func proceedings(_ f: Facts) -> Outcome {
        var out = Outcome()
        // The police work the case as a whole until suspects are named in the investigation;
        // from there each suspect's file (berkas) goes its own way.
        var shared = JusticeTrack.report(id: "", caseID: f.caseID, suspectID: nil, by: f.police, on: f.opened)
        let reachedInvestigation = advanceTogether(&shared, police: f.police, named: !f.suspectIDs.isEmpty)
        guard reachedInvestigation, !f.suspectIDs.isEmpty else {
            out.tracks.append(shared.withIdentity(id: "\(f.caseID)-j1", suspectID: f.suspectIDs.first))
            for (i, s) in f.suspectIDs.enumerated().dropFirst() {
                out.tracks.append(shared.withIdentity(id: "\(f.caseID)-j\(i + 1)", suspectID: s))
            }
            return out
        }
        var verdicts = DemoVerdicts(facts: f)
        var restitution = DemoRestitution(facts: f, today: today)
        for (i, suspect) in f.suspectIDs.enumerated() {
            var track = shared.withIdentity(id: "\(f.caseID)-j\(i + 1)", suspectID: suspect)
            prosecute(&track, f: f, verdicts: &verdicts, restitution: &restitution)
            out.tracks.append(track)
        }
        out.restitutions = restitution.ledgers
        return out
    }

    /// Report, inquiry and investigation. True when the investigation was reached and goes on.
    private mutating func advanceTogether(_ track: inout JusticeTrack, police: String, named: Bool) -> Bool {
        // Report: clarified within weeks; a few found not to be an offence, some never followed up.
        switch rng.weighted([(0, 76), (1, 6), (2, 18)]) {
        case 1: return stop(&track, after: rng.int(14...90), police, "Hasil klarifikasi: bukan tindak pidana")
        case 2: return false
        default: guard step(&track, .advance(to: .inquiry), after: rng.int(3...45), police) else { return false }
        }
        switch rng.weighted([(0, 66), (1, 13), (2, 21)]) {
        case 1: return stop(&track, after: rng.int(30...180), police, "SP2-Lid: tidak ditemukan peristiwa pidana")
        case 2: return false
        default: guard step(&track, .advance(to: .investigation), after: rng.int(14...120), police) else { return false }
        }
        if named { return true }
        // Without a named suspect there is nobody to prosecute.
        if rng.chance(0.4) { _ = stop(&track, after: rng.int(90...365), police, "SP3: pelaku tidak diketahui, tidak cukup bukti") }
        return false
    }

    /// From the investigation to the final verdict, for one suspect; restitution is claimed from
    /// the first suspect prosecuted, ordered with a conviction, and paid (or not) after the notice.
    private mutating func prosecute(_ track: inout JusticeTrack, f: Facts, verdicts: inout DemoVerdicts,
                                    restitution: inout DemoRestitution) {
        switch rng.weighted([(0, 72), (1, 15), (2, 13)]) {
        case 1:
            let reason = rng.pick(["SP3: tidak cukup bukti", "SP3: tidak cukup bukti", "SP3: tersangka meninggal dunia",
                                   "SP3: peristiwa bukan tindak pidana"])
            _ = stop(&track, after: rng.int(60...300), f.police, reason)
            return
        case 2: return // the file goes back and forth (P19) or the suspect is at large (DPO)
        default: guard step(&track, .advance(to: .prosecution), after: rng.int(45...240), f.police) else { return }
        }
        let suspect = track.suspectID ?? ""
        restitution.claim(from: suspect, investigatedOn: track.date(of: .investigation)!, prosecutedOn: track.stages.last!.on, rng: &rng)
        if rng.chance(0.05) {
            _ = stop(&track, after: rng.int(14...60), f.prosecutor, "SKPP: tidak cukup bukti")
            return
        }
        guard step(&track, .advance(to: .trial), after: rng.int(7...45), f.prosecutor) else { return }
        let decidedOn = track.stages.last!.on.addingDays(rng.int(30...150))
        guard decidedOn <= today else { return }
        let outcome = verdicts.outcome(rng: &rng)
        let ordered = outcome == .convicted ? restitution.order(against: suspect, on: decidedOn, rng: &rng) : 0
        let verdict = verdicts.verdict(outcome, on: decidedOn, restitution: ordered, rng: &rng)
        guard step(&track, .verdict(verdict), on: decidedOn, f.prosecutor) else { return }
        if rng.chance(0.25) {
            guard step(&track, .advance(to: .appeal), after: rng.int(7...14), f.prosecutor) else { return }
            let amended = rng.chance(0.3) ? verdicts.amended(verdict, rng: &rng) : nil
            guard step(&track, .finalise(amended: amended), after: rng.int(60...300), f.prosecutor) else { return }
        } else {
            guard step(&track, .finalise(amended: nil), after: rng.int(8...21), f.prosecutor) else { return }
        }
        restitution.execute(against: suspect, finalOn: track.stages.last!.on, rng: &rng)
    }

    /// Takes `event` `days` after the last stage, unless that day is still to come.
    private mutating func step(_ track: inout JusticeTrack, _ event: JusticeEvent, after days: Int, _ agency: String) -> Bool {
        step(&track, event, on: track.stages.last!.on.addingDays(days), agency)
    }

    private mutating func step(_ track: inout JusticeTrack, _ event: JusticeEvent, on date: CalendarDate, _ agency: String) -> Bool {
        guard date <= today, let next = try? track.apply(event, by: agency, on: date, expectedVersion: track.version) else { return false }
        track = next
        return true
    }

    /// Discontinues the track; always false, as the process does not go on.
    private mutating func stop(_ track: inout JusticeTrack, after days: Int, _ agency: String, _ reason: String) -> Bool {
        _ = step(&track, .discontinue(reason: reason), after: days, agency)
        return false
    }
}

extension JusticeTrack {
    /// The shared part of a case's process, as the track of one suspect.
    fileprivate func withIdentity(id: String, suspectID: String?) -> JusticeTrack {
        JusticeTrack(restoring: id, caseID: caseID, suspectID: suspectID, stage: stage, stages: stages, verdict: verdict,
                     finalVerdict: finalVerdict, discontinuedReason: discontinuedReason, version: version, history: history)
    }
}
