import Cases
import Coordination

extension IndicatorCalculator {
    func restitution(by: String, _ scope: Scope) -> IndicatorTable {
        let s = scope.selection
        struct Group { var n = 0, ordered = 0, paid = 0, notified = 0, onTime = 0; var claimedRp: Int64 = 0, orderedRp: Int64 = 0, paidRp: Int64 = 0 }
        let rowCount = by == "form" ? FormGroup.allCases.count : Province.all.count + 1
        var counted = RowTotals(count: rowCount, empty: Group())
        for r in scope.year.restitutions where s.inPeriod(r.day) && s.keeps(r.at, victimBit: r.victimBit) {
            counted.add(row: by == "form" ? Int(r.at.form) : min(Int(r.at.province), Province.all.count)) { g in
                g.n += 1
                g.claimedRp += r.claimed
                if r.ordered >= 0 {
                    g.ordered += 1
                    g.orderedRp += r.ordered
                    g.paidRp += r.paidCapped
                    if r.paidInFull != IndexDay.none { g.paid += 1 }
                    if r.notified {
                        g.notified += 1
                        if r.paidInFull != IndexDay.none, r.paidInFull <= r.deadline { g.onTime += 1 }
                    }
                }
            }
        }
        let all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.ordered), .count(g.paid), .count(g.onTime), .percent(numerator: g.onTime, denominator: g.notified),
             .rupiah(g.claimedRp, n: g.n), .rupiah(g.orderedRp, n: g.ordered), .rupiah(g.paidRp, n: g.ordered)]
        }
        let keys = by == "form" ? FormGroup.allCases.map(\.rawValue) : Province.all.map(\.code)
        let row = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        return IndicatorTable(
            columns: [IndicatorColumn("claimed", "Diajukan", "Claimed", .count),
                      IndicatorColumn("ordered", "Diputus", "Ordered", .count),
                      IndicatorColumn("paid", "Dibayar penuh", "Paid in full", .count),
                      IndicatorColumn("paid_on_time", "Dibayar penuh ≤ 14 hari", "Paid in full ≤ 14 days", .count),
                      IndicatorColumn("on_time_share", "% tepat waktu dari yang diberitahukan", "% on time of those notified", .percent),
                      IndicatorColumn("rupiah_claimed", "Rupiah diajukan", "Rupiah claimed", .rupiah),
                      IndicatorColumn("rupiah_ordered", "Rupiah diputus", "Rupiah ordered", .rupiah),
                      IndicatorColumn("rupiah_paid", "Rupiah dibayar", "Rupiah paid", .rupiah)],
            rows: Self.breakdownRows(by) { k in cells(row[k].map { counted.rows[$0] } ?? Group()) },
            total: totalRow(cells(all)))
    }

    func servicesOnTime(by: String, _ scope: Scope) -> IndicatorTable {
        let s = scope.selection, asOf = scope.asOf
        struct Group { var n = 0, delivered = 0, onTime = 0, judged = 0, notDelivered = 0, openLate = 0; var days = DayCounts() }
        let byProvince = by == "province"
        let rowCount = byProvince ? Province.all.count + 1 : ProtectionService.allCases.count
        var counted = RowTotals(count: rowCount, empty: Group())
        for x in scope.year.services where s.inPeriod(x.day) && s.keeps(x.at, victimBit: x.victimBit) {
            let k = byProvince ? min(Int(x.at.province), Province.all.count) : Int(x.service)
            let open = x.closed == IndexDay.none
            let late = x.due != IndexDay.none && (open ? asOf : x.closed) > x.due
            // Only items whose 7 days have run, or that are done, can be judged on time or late.
            let judged = x.bound && (!open || x.due < asOf)
            counted.add(row: k) { g in
                g.n += 1
                if x.delivered { g.delivered += 1; if !open { g.days.add(x.closed - x.day) } }
                if judged { g.judged += 1; if x.delivered && !late { g.onTime += 1 } }
                if x.notDelivered { g.notDelivered += 1 }
                if open && late { g.openLate += 1 }
            }
        }
        let groups = counted.rows, all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.delivered), .count(g.onTime), .percent(numerator: g.onTime, denominator: g.judged),
             g.days.cell, .count(g.notDelivered), .count(g.openLate)]
        }
        let rowsOut = byProvince
            ? Province.all.enumerated().map { IndicatorRow(key: $1.code, label: ($1.name, $1.name), cells: cells(groups[$0])) }
            : ProtectionService.allCases.enumerated().map { IndicatorRow(key: $1.rawValue, label: $1.label, cells: cells(groups[$0])) }
        return IndicatorTable(
            columns: [IndicatorColumn("requested", "Diminta", "Requested", .count),
                      IndicatorColumn("delivered", "Diberikan", "Delivered", .count),
                      IndicatorColumn("on_time", "Diberikan ≤ 7 hari", "Delivered ≤ 7 days", .count),
                      IndicatorColumn("on_time_share", "% tepat waktu (Pasal 52/53)", "% on time (Pasal 52/53)", .percent),
                      IndicatorColumn("days", "Median hari sampai diberikan", "Median days to delivery", .median),
                      IndicatorColumn("not_delivered", "Tidak diberikan", "Not delivered", .count),
                      IndicatorColumn("open_late", "Masih terbuka, lewat tenggat", "Still open, past due", .count)],
            rows: rowsOut, total: totalRow(cells(all)))
    }

    func serviceCoverage(_ scope: Scope) -> IndicatorTable {
        let services = ProtectionService.allCases.count
        var identified = 0, any = 0, served = [Int](repeating: 0, count: services)
        scope.eachVictim { v in
            identified += 1
            guard v.served != 0 else { return }
            any += 1
            for i in 0..<services where v.served & (1 << UInt16(i)) != 0 { served[i] += 1 }
        }
        func cells(_ n: Int) -> [IndicatorCell] {
            [.count(identified), .count(n), .percent(numerator: n, denominator: identified)]
        }
        return IndicatorTable(
            columns: [IndicatorColumn("victims", "Korban teridentifikasi (catatan)", "Victims identified (records)", .count),
                      IndicatorColumn("served", "Menerima layanan", "Received the service", .count),
                      IndicatorColumn("coverage", "Cakupan (%)", "Coverage (%)", .percent)],
            rows: ProtectionService.allCases.enumerated().map { IndicatorRow(key: $1.rawValue, label: $1.label, cells: cells(served[$0])) },
            total: IndicatorRow(key: "any", label: ("Layanan apa pun", "Any service"), cells: cells(any)))
    }

    func referrals(by: String, _ scope: Scope) -> IndicatorTable {
        let s = scope.selection
        struct Group { var n = 0, accepted = 0, delivered = 0, declined = 0; var days = DayCounts() }
        let byAgency = by == "agency"
        var counted = RowTotals(count: byAgency ? index.vocabulary.agencies.count : ReferralService.allCases.count, empty: Group())
        for r in scope.year.referrals where s.inPeriod(r.day) && s.keeps(r.at, victimBit: r.victimBit) {
            counted.add(row: byAgency ? Int(r.toAgency) : Int(r.service)) { g in
                g.n += 1
                if r.acceptDays != IndexDay.none { g.accepted += 1; g.days.add(r.acceptDays) }
                if r.delivered { g.delivered += 1 }
                if r.declined { g.declined += 1 }
            }
        }
        let groups = counted.rows, all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.accepted), .percent(numerator: g.accepted, denominator: g.n), g.days.cell,
             .count(g.delivered), .count(g.declined)]
        }
        let rowsOut = byAgency
            ? agencyRows(Set(groups.indices.filter { groups[$0].n > 0 }.map { UInt16($0) })) { cells(groups[Int($0)]) }
            : ReferralService.allCases.enumerated().map { IndicatorRow(key: $1.rawValue, label: $1.label, cells: cells(groups[$0])) }
        return IndicatorTable(
            columns: [IndicatorColumn("sent", "Dikirim", "Sent", .count),
                      IndicatorColumn("accepted", "Diterima", "Accepted", .count),
                      IndicatorColumn("accepted_share", "% diterima", "% accepted", .percent),
                      IndicatorColumn("days_to_accept", "Median hari sampai diterima", "Median days to acceptance", .median),
                      IndicatorColumn("delivered", "Selesai, layanan diberikan", "Completed, service delivered", .count),
                      IndicatorColumn("declined", "Ditolak", "Declined", .count)],
            rows: rowsOut, total: totalRow(cells(all)))
    }
}
