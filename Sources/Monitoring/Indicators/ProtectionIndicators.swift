import Cases
import Coordination

extension IndicatorCalculator {
    /// The case and victim of a victim's record pass the filter.
    func keeps(caseID: String, victimID: String?, _ scope: Scope) -> CaseFact? {
        guard let c = scope.keeps(caseID: caseID) else { return nil }
        if scope.filter.sex != nil || scope.filter.ageGroup != nil {
            guard let victimID, let v = victimsByCase[caseID]?.first(where: { $0.id == victimID }), scope.keeps(victim: v) else { return nil }
        }
        return c
    }

    func restitution(by: String, _ scope: Scope) -> IndicatorTable {
        let kept = facts.restitutions.compactMap { r -> (Restitution, CaseFact)? in
            guard scope.period.contains(r.claimedOn), let c = keeps(caseID: r.caseID, victimID: r.victimID, scope) else { return nil }
            return (r, c)
        }
        func cells(_ group: [Restitution]) -> [IndicatorCell] {
            let ordered = group.filter { $0.orderedAmount != nil }
            let notified = ordered.filter { $0.deadline != nil }
            let paid = ordered.filter { $0.paidInFullOn != nil }
            let onTime = notified.filter { r in r.paidInFullOn.map { $0 <= r.deadline!.dueOn } ?? false }
            return [.count(group.count), .count(ordered.count), .count(paid.count),
                    .count(onTime.count), .percent(numerator: onTime.count, denominator: notified.count),
                    .rupiah(group.reduce(0) { $0 + $1.totalClaimed }, n: group.count),
                    .rupiah(ordered.reduce(0) { $0 + ($1.orderedAmount ?? 0) }, n: ordered.count),
                    .rupiah(ordered.reduce(0) { $0 + min($1.totalPaid, $1.orderedAmount ?? 0) }, n: ordered.count)]
        }
        let byKey = Dictionary(grouping: kept) { r, c in by == "form" ? c.form.rawValue : c.provinceCode }
        return IndicatorTable(
            columns: [IndicatorColumn("claimed", "Diajukan", "Claimed", .count),
                      IndicatorColumn("ordered", "Diputus", "Ordered", .count),
                      IndicatorColumn("paid", "Dibayar penuh", "Paid in full", .count),
                      IndicatorColumn("paid_on_time", "Dibayar penuh ≤ 14 hari", "Paid in full ≤ 14 days", .count),
                      IndicatorColumn("on_time_share", "% tepat waktu dari yang diberitahukan", "% on time of those notified", .percent),
                      IndicatorColumn("rupiah_claimed", "Rupiah diajukan", "Rupiah claimed", .rupiah),
                      IndicatorColumn("rupiah_ordered", "Rupiah diputus", "Rupiah ordered", .rupiah),
                      IndicatorColumn("rupiah_paid", "Rupiah dibayar", "Rupiah paid", .rupiah)],
            rows: Self.breakdownRows(by) { k in cells(byKey[k]?.map(\.0) ?? []) },
            total: totalRow(cells(kept.map(\.0))))
    }

    func servicesOnTime(by: String, _ scope: Scope) -> IndicatorTable {
        let asOf = facts.asOf
        let kept = facts.services.compactMap { s -> (ProtectionItem, CaseFact)? in
            guard scope.period.contains(s.requestedOn), let c = keeps(caseID: s.caseID, victimID: s.victimID, scope) else { return nil }
            return (s, c)
        }
        func cells(_ group: [ProtectionItem]) -> [IndicatorCell] {
            let bound = group.filter { $0.deadline != nil }
            // Only items whose 7 days have run, or that are done, can be judged on time or late.
            let judged = bound.filter { $0.closedOn != nil || $0.deadline!.dueOn < asOf }
            let onTime = judged.filter { $0.status == .delivered && !$0.isLate(today: asOf) }.count
            let delivered = group.filter { $0.status == .delivered }
            let days = delivered.compactMap { s in s.closedOn.map { s.requestedOn.days(until: $0) } }
            let openLate = group.filter { $0.closedOn == nil && $0.isLate(today: asOf) }.count
            return [.count(group.count), .count(delivered.count), .count(onTime),
                    .percent(numerator: onTime, denominator: judged.count),
                    .median(median(days), n: days.count),
                    .count(group.filter { $0.status == .notDelivered }.count), .count(openLate)]
        }
        let byKey = Dictionary(grouping: kept) { s, c in by == "province" ? c.provinceCode : s.service.rawValue }
        let rowsOut = by == "province"
            ? provinceRows { cells(byKey[$0 ?? ""]?.map(\.0) ?? []) }
            : ProtectionService.allCases.map { s in IndicatorRow(key: s.rawValue, label: s.label, cells: cells(byKey[s.rawValue]?.map(\.0) ?? [])) }
        return IndicatorTable(
            columns: [IndicatorColumn("requested", "Diminta", "Requested", .count),
                      IndicatorColumn("delivered", "Diberikan", "Delivered", .count),
                      IndicatorColumn("on_time", "Diberikan ≤ 7 hari", "Delivered ≤ 7 days", .count),
                      IndicatorColumn("on_time_share", "% tepat waktu (Pasal 52/53)", "% on time (Pasal 52/53)", .percent),
                      IndicatorColumn("days", "Median hari sampai diberikan", "Median days to delivery", .median),
                      IndicatorColumn("not_delivered", "Tidak diberikan", "Not delivered", .count),
                      IndicatorColumn("open_late", "Masih terbuka, lewat tenggat", "Still open, past due", .count)],
            rows: rowsOut, total: totalRow(cells(kept.map(\.0))))
    }

    func serviceCoverage(_ scope: Scope) -> IndicatorTable {
        let identified = scope.victimsIdentified().map(\.0.id)
        let any = servedAny
        func cells(_ got: Set<String>) -> [IndicatorCell] {
            let n = identified.filter(got.contains).count
            return [.count(identified.count), .count(n), .percent(numerator: n, denominator: identified.count)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("victims", "Korban teridentifikasi (catatan)", "Victims identified (records)", .count),
                      IndicatorColumn("served", "Menerima layanan", "Received the service", .count),
                      IndicatorColumn("coverage", "Cakupan (%)", "Coverage (%)", .percent)],
            rows: ProtectionService.allCases.map { s in IndicatorRow(key: s.rawValue, label: s.label, cells: cells(served[s] ?? [])) },
            total: IndicatorRow(key: "any", label: ("Layanan apa pun", "Any service"), cells: cells(any)))
    }

    func referrals(by: String, _ scope: Scope) -> IndicatorTable {
        let kept = facts.referrals.filter { r in
            scope.period.contains(r.requestedOn) && keeps(caseID: r.caseID, victimID: r.victimID, scope) != nil
        }
        func cells(_ group: [Referral]) -> [IndicatorCell] {
            let acceptedOn = group.compactMap { r in r.history.first { $0.action == "accept" }.map { r.requestedOn.days(until: $0.on) } }
            let delivered = group.filter { $0.status == .completed && $0.outcome == .delivered }.count
            let declined = group.filter { $0.status == .declined }.count
            return [.count(group.count), .count(acceptedOn.count), .percent(numerator: acceptedOn.count, denominator: group.count),
                    .median(median(acceptedOn), n: acceptedOn.count), .count(delivered), .count(declined)]
        }
        let rowsOut: [IndicatorRow]
        if by == "agency" {
            let byAgency = Dictionary(grouping: kept, by: \.toAgencyID)
            rowsOut = agencyRows(Set(byAgency.keys)) { cells(byAgency[$0] ?? []) }
        } else {
            let byService = Dictionary(grouping: kept, by: \.service)
            rowsOut = ReferralService.allCases.map { s in IndicatorRow(key: s.rawValue, label: s.label, cells: cells(byService[s] ?? [])) }
        }
        return IndicatorTable(
            columns: [IndicatorColumn("sent", "Dikirim", "Sent", .count),
                      IndicatorColumn("accepted", "Diterima", "Accepted", .count),
                      IndicatorColumn("accepted_share", "% diterima", "% accepted", .percent),
                      IndicatorColumn("days_to_accept", "Median hari sampai diterima", "Median days to acceptance", .median),
                      IndicatorColumn("delivered", "Selesai, layanan diberikan", "Completed, service delivered", .count),
                      IndicatorColumn("declined", "Ditolak", "Declined", .count)],
            rows: rowsOut, total: totalRow(cells(kept)))
    }
}
