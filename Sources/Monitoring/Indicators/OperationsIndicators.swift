import Cases
import Coordination

extension IndicatorCalculator {
    func publicReports(by: String, _ scope: Scope) -> IndicatorTable {
        let f = scope.filter
        // Reports carry no victim's sex, age or form: those filters do not narrow them.
        let kept = facts.reports.filter { r in
            scope.period.contains(r.receivedOn)
                && (f.provinceCode == nil || r.provinceCode == f.provinceCode)
                && (f.agencyID == nil || r.agencyID == f.agencyID)
        }
        func cells(_ group: [ReportFact]) -> [IndicatorCell] {
            let replyDays = group.compactMap { r in r.firstReplyOn.map { r.receivedOn.days(until: $0) } }
            let cases = group.filter { $0.caseID != nil }.count
            return [.count(group.count), .count(replyDays.count), .percent(numerator: replyDays.count, denominator: group.count),
                    .median(median(replyDays), n: replyDays.count), .count(cases), .percent(numerator: cases, denominator: group.count)]
        }
        let rowsOut: [IndicatorRow]
        if by == "agency" {
            let byAgency = Dictionary(grouping: kept, by: \.agencyID)
            rowsOut = agencyRows(Set(byAgency.keys)) { cells(byAgency[$0] ?? []) }
        } else {
            let byProvince = Dictionary(grouping: kept) { $0.provinceCode ?? "" }
            rowsOut = provinceRows { cells(byProvince[$0 ?? ""] ?? []) }
                + [IndicatorRow(key: "unknown", label: ("Provinsi tidak disebut", "Province not stated"), cells: cells(byProvince[""] ?? []))]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("received", "Diterima", "Received", .count),
                      IndicatorColumn("answered", "Dibalas", "Answered", .count),
                      IndicatorColumn("answered_share", "% dibalas", "% answered", .percent),
                      IndicatorColumn("days_to_reply", "Median hari sampai balasan pertama", "Median days to the first reply", .median),
                      IndicatorColumn("cases", "Menjadi kasus", "Became cases", .count),
                      IndicatorColumn("case_share", "% menjadi kasus", "% became cases", .percent)],
            rows: rowsOut, total: totalRow(cells(kept)))
    }

    func reportingDelay(by: String, _ scope: Scope) -> IndicatorTable {
        let opened = facts.cases.values.filter { scope.period.contains($0.openedOn) && scope.keeps(caseID: $0.id) != nil }
        func cells(_ group: [CaseFact]) -> [IndicatorCell] {
            let days = group.compactMap { c in c.incidentOn.map { max(0, $0.days(until: c.openedOn)) } }
            let soon = days.filter { $0 <= 30 }.count
            return [.count(group.count), .count(days.count), .median(median(days), n: days.count),
                    .percent(numerator: soon, denominator: days.count)]
        }
        let byKey = Dictionary(grouping: opened) { by == "province" ? $0.provinceCode : $0.form.rawValue }
        let missing = opened.filter { $0.incidentOn == nil }.count
        return IndicatorTable(
            columns: [IndicatorColumn("cases", "Kasus dibuka", "Cases opened", .count),
                      IndicatorColumn("dated", "Dengan tanggal kejadian", "With an incident date", .count),
                      IndicatorColumn("days", "Median hari kejadian → laporan", "Median days incident → report", .median),
                      IndicatorColumn("within_30", "% dilaporkan ≤ 30 hari", "% reported within 30 days", .percent)],
            rows: Self.breakdownRows(by) { cells(byKey[$0] ?? []) },
            total: totalRow(cells(Array(opened))),
            leftOut: missing > 0 ? [LeftOut(count: missing, reason: ("kasus tanpa tanggal kejadian (tidak masuk median)", "cases without an incident date (not in the median)"))] : [])
    }

    /// The first thing done on a case after it was opened: a justice stage moved, a referral
    /// sent, a service requested, restitution claimed.
    static func firstActionDays(_ facts: MonitoringFacts) -> [String: Int] {
        var first: [String: CalendarDate] = [:]
        func note(_ caseID: String, _ on: CalendarDate) {
            if let current = first[caseID], current <= on { return }
            first[caseID] = on
        }
        for t in facts.tracks { for s in t.stages where s.stage != .report { note(t.caseID, s.on) } }
        for r in facts.referrals { note(r.caseID, r.requestedOn) }
        for s in facts.services { note(s.caseID, s.requestedOn) }
        for r in facts.restitutions { note(r.caseID, r.claimedOn) }
        var out: [String: Int] = [:]
        for (id, on) in first { if let c = facts.cases[id] { out[id] = max(0, c.openedOn.days(until: on)) } }
        return out
    }

    func workload(_ scope: Scope) -> IndicatorTable {
        let asOf = facts.asOf, f = scope.filter
        let kept = facts.cases.values.filter { scope.keeps(caseID: $0.id) != nil }
        var openCases: [String: Int] = [:], openedInPeriod: [String: [String]] = [:]
        for c in kept {
            for a in c.agencyIDs {
                if c.isOpen { openCases[a, default: 0] += 1 }
                if f.period.contains(c.openedOn) { openedInPeriod[a, default: []].append(c.id) }
            }
        }
        var openItems: [String: Int] = [:], overdue: [String: Int] = [:]
        func item(_ owner: String, _ caseID: String, open: Bool, dueOn: CalendarDate?) {
            guard open, scope.keeps(caseID: caseID) != nil else { return }
            openItems[owner, default: 0] += 1
            if let dueOn, dueOn < asOf { overdue[owner, default: 0] += 1 }
        }
        for r in facts.referrals { item(r.toAgencyID, r.caseID, open: r.status.isOpen, dueOn: r.dueOn) }
        for s in facts.services { item(s.responsibleAgencyID, s.caseID, open: s.closedOn == nil, dueOn: s.dueOn) }
        let active = Set(openCases.keys).union(openItems.keys).union(openedInPeriod.keys).filter { f.agencyID == nil || f.agencyID == $0 }
        func cells(_ id: String) -> [IndicatorCell] {
            let staff = facts.staff[id] ?? 0
            let days = openedInPeriod[id, default: []].compactMap { firstAction[$0] }
            return [.count(openCases[id] ?? 0), .count(openItems[id] ?? 0), .count(overdue[id] ?? 0), .reference(staff),
                    .ratio(numerator: openCases[id] ?? 0, denominator: staff),
                    .median(median(days), n: days.count)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("open_cases", "Kasus terbuka", "Open cases", .count),
                      IndicatorColumn("open_items", "Rujukan dan layanan terbuka", "Open referrals and services", .count),
                      IndicatorColumn("overdue", "Lewat tenggat", "Overdue", .count),
                      IndicatorColumn("staff", "Petugas aktif", "Active staff", .reference),
                      IndicatorColumn("cases_per_staff", "Kasus terbuka per petugas", "Open cases per staff member", .ratio),
                      IndicatorColumn("days_to_first_action", "Median hari sampai tindakan pertama", "Median days to the first action", .median)],
            rows: agencyRows(active, cells),
            total: nil)
    }

    func completeness(_ scope: Scope) -> IndicatorTable {
        let opened = facts.cases.values.filter { scope.period.contains($0.openedOn) && scope.keeps(caseID: $0.id) != nil }
        var byAgency: [String: [CaseFact]] = [:]
        for c in opened { for a in c.agencyIDs { byAgency[a, default: []].append(c) } }
        func cells(_ group: [CaseFact]) -> [IndicatorCell] {
            let victims = group.flatMap { victimsByCase[$0.id] ?? [] }
            let incident = group.filter { $0.incidentOn != nil }.count
            let place = group.filter { $0.abroad != nil }.count
            let sex = victims.filter { $0.sex != .unknown }.count
            let age = victims.filter { $0.age != .unknown }.count
            let citizenship = victims.filter { $0.citizenship != nil }.count
            let filled = incident + place + sex + age + citizenship
            return [.count(group.count), .percent(numerator: incident, denominator: group.count),
                    .percent(numerator: place, denominator: group.count),
                    .percent(numerator: sex, denominator: victims.count), .percent(numerator: age, denominator: victims.count),
                    .percent(numerator: citizenship, denominator: victims.count),
                    .percent(numerator: filled, denominator: 2 * group.count + 3 * victims.count)]
        }
        let shown = Set(byAgency.keys).filter { scope.filter.agencyID == nil || scope.filter.agencyID == $0 }
        return IndicatorTable(
            columns: [IndicatorColumn("cases", "Kasus dibuka", "Cases opened", .count),
                      IndicatorColumn("incident_date", "% tanggal kejadian", "% incident date", .percent),
                      IndicatorColumn("place", "% tempat eksploitasi", "% place of exploitation", .percent),
                      IndicatorColumn("victim_sex", "% jenis kelamin korban", "% victim's sex", .percent),
                      IndicatorColumn("victim_age", "% usia korban", "% victim's age", .percent),
                      IndicatorColumn("victim_citizenship", "% kewarganegaraan korban", "% victim's citizenship", .percent),
                      IndicatorColumn("overall", "% semua isian kunci", "% all key fields", .percent)],
            rows: agencyRows(shown) { cells(byAgency[$0] ?? []) },
            total: totalRow(cells(Array(opened))))
    }
}
