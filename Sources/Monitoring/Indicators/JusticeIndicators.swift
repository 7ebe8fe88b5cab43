import Cases
import Coordination

extension IndicatorCalculator {
    static let funnelStages: [JusticeStage] = [.report, .inquiry, .investigation, .prosecution, .trial, .verdict, .final]

    /// Tracks of kept cases, with their case.
    func tracks(_ scope: Scope) -> [(JusticeTrack, CaseFact)] {
        facts.tracks.compactMap { t in scope.keeps(caseID: t.caseID).map { (t, $0) } }
    }

    func justiceFunnel(_ scope: Scope) -> IndicatorTable {
        let cohort = tracks(scope).filter { t, _ in t.date(of: .report).map(scope.period.contains) ?? false }
        func cells(_ group: [JusticeTrack], _ stage: JusticeStage, _ previous: JusticeStage?) -> [IndicatorCell] {
            let reached = group.filter { $0.date(of: stage) != nil }
            guard let previous else { return [.count(reached.count), .notApplicable, .notApplicable] }
            let before = group.filter { $0.date(of: previous) != nil }.count
            let days = reached.compactMap { t in t.date(of: previous).flatMap { p in t.date(of: stage).map { p.days(until: $0) } } }
            return [.count(reached.count), .percent(numerator: reached.count, denominator: before), .median(median(days), n: days.count)]
        }
        let all = cohort.map(\.0), labour = cohort.filter { $0.1.form.isLabour }.map(\.0)
        var rows: [IndicatorRow] = []
        for (i, stage) in Self.funnelStages.enumerated() {
            let previous = i > 0 ? Self.funnelStages[i - 1] : nil
            rows.append(IndicatorRow(key: stage.rawValue, label: stage.label,
                                     cells: cells(all, stage, previous) + cells(labour, stage, previous)))
        }
        let stopped = all.filter { $0.date(of: .discontinued) != nil }.count
        let stoppedLabour = labour.filter { $0.date(of: .discontinued) != nil }.count
        rows.append(IndicatorRow(key: JusticeStage.discontinued.rawValue, label: JusticeStage.discontinued.label,
                                 cells: [.count(stopped), .percent(numerator: stopped, denominator: all.count), .notApplicable,
                                         .count(stoppedLabour), .percent(numerator: stoppedLabour, denominator: labour.count), .notApplicable]))
        return IndicatorTable(
            columns: [IndicatorColumn("reached", "Jalur (semua kasus)", "Tracks (all cases)", .count),
                      IndicatorColumn("carried", "% dari tahap sebelumnya", "% of the previous stage", .percent),
                      IndicatorColumn("days", "Median hari dari tahap sebelumnya", "Median days from the previous stage", .median),
                      IndicatorColumn("reached_labour", "Jalur (kasus kerja paksa)", "Tracks (labour cases)", .count),
                      IndicatorColumn("carried_labour", "% dari tahap sebelumnya (kerja paksa)", "% of the previous stage (labour)", .percent),
                      IndicatorColumn("days_labour", "Median hari (kerja paksa)", "Median days (labour)", .median)],
            rows: rows, total: nil)
    }

    func justicePersons(by: String, _ scope: Scope) -> IndicatorTable {
        let suspects = suspectsByID
        var named: [(JusticeTrack, CaseFact, PersonFact)] = []
        var unnamed = 0
        for (t, c) in tracks(scope) {
            if let id = t.suspectID, let s = suspects[id] { named.append((t, c, s)) } else { unnamed += 1 }
        }
        func key(_ c: CaseFact, _ s: PersonFact) -> String {
            switch by {
            case "citizenship_code": return s.citizenship ?? "unknown"
            case "case_kind": return c.form.isLabour ? "labour" : "other"
            default: return s.sex.rawValue
            }
        }
        let period = scope.period
        var counts: [String: [Set<String>]] = [:]
        var totals = [Set<String>](repeating: [], count: 3)
        for (t, c, s) in named {
            let person = clusters.person(of: s.id), k = key(c, s)
            let events = [t.date(of: .report), t.date(of: .prosecution),
                          t.verdict?.outcome == .convicted ? t.date(of: .verdict) : nil]
            for (i, date) in events.enumerated() where date.map(period.contains) == true {
                counts[k, default: [[], [], []]][i].insert(person)
                totals[i].insert(person)
            }
        }
        func cells(_ sets: [Set<String>]?) -> [IndicatorCell] { (sets ?? [[], [], []]).map { .count($0.count) } }
        let rowsOut: [IndicatorRow]
        switch by {
        case "citizenship_code":
            rowsOut = counts.keys.sorted().map { IndicatorRow(key: $0, label: ($0 == "unknown" ? "Tidak diketahui" : $0, $0 == "unknown" ? "Unknown" : $0), cells: cells(counts[$0])) }
        case "case_kind":
            rowsOut = [IndicatorRow(key: "labour", label: ("Kasus kerja paksa", "Labour cases"), cells: cells(counts["labour"])),
                       IndicatorRow(key: "other", label: ("Kasus lain", "Other cases"), cells: cells(counts["other"]))]
        default:
            rowsOut = rows(SexGroup.self) { cells(counts[$0.rawValue]) }
        }
        return IndicatorTable(
            columns: [IndicatorColumn("suspects", "Tersangka", "Suspects", .count),
                      IndicatorColumn("prosecuted", "Dituntut", "Prosecuted", .count),
                      IndicatorColumn("convicted", "Dipidana", "Convicted", .count)],
            rows: rowsOut, total: totalRow(cells(totals)),
            leftOut: unnamed > 0 ? [LeftOut(count: unnamed, reason: ("jalur peradilan tanpa tersangka bernama", "justice tracks with no named suspect"))] : [])
    }

    func convictionsByLaw(_ scope: Scope) -> IndicatorTable {
        typealias Conviction = (months: Int, law: LawCategory, minimum: Int?)
        let convictions = tracks(scope).compactMap { t, _ -> Conviction? in
            guard let v = t.verdict, v.outcome == .convicted, let on = t.date(of: .verdict), scope.period.contains(on),
                  let law = lawOfTrack[t.id] else { return nil }
            return (v.sentenceMonths, law.law, law.minimumMonths)
        }
        let byLaw = Dictionary(grouping: convictions, by: \.law)
        func cells(_ group: [Conviction]) -> [IndicatorCell] {
            let prison = group.filter { $0.months > 0 }
            let bound = group.filter { $0.minimum != nil }
            let below = bound.filter { $0.months < $0.minimum! }.count
            let underYear = group.filter { $0.months < 12 }.count
            return [.count(group.count), .percent(numerator: group.count, denominator: convictions.count),
                    .median(median(prison.map(\.months)), n: prison.count),
                    bound.isEmpty ? .notApplicable : .count(below), .count(underYear)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("convictions", "Putusan pemidanaan", "Convictions", .count),
                      IndicatorColumn("share", "% dari semua pemidanaan", "% of all convictions", .percent),
                      IndicatorColumn("months", "Median pidana penjara (bulan)", "Median prison term (months)", .median),
                      IndicatorColumn("below_minimum", "Di bawah minimum khusus", "Below the statutory minimum", .count),
                      IndicatorColumn("under_year", "Kurang dari 1 tahun", "Under one year", .count)],
            rows: rows(LawCategory.self) { cells(byLaw[$0] ?? []) },
            total: totalRow(cells(convictions)))
    }
}
