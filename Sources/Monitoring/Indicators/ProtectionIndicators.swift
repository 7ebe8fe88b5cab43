import Cases
import Coordination

extension IndicatorCalculator {
    func restitution(by: String, _ tally: RestitutionTally) -> IndicatorTable {
        typealias Group = RestitutionTally.Group
        let counted = tally.counted
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
            rows: Self.breakdownRows(by) { k in cells(row[k].map { counted[$0] } ?? Group()) },
            total: totalRow(cells(all)))
    }

    func servicesOnTime(by: String, _ tally: ServicesTally) -> IndicatorTable {
        typealias Group = ServicesTally.Group
        let counted = tally.counted, byProvince = by == "province"
        let all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.delivered), .count(g.onTime), .percent(numerator: g.onTime, denominator: g.judged),
             g.days.cell, .count(g.notDelivered), .count(g.openLate)]
        }
        let rowsOut = byProvince
            ? Province.all.enumerated().map { IndicatorRow(key: $1.code, label: ($1.name, $1.name), cells: cells(counted[$0])) }
            : ProtectionService.allCases.enumerated().map { IndicatorRow(key: $1.rawValue, label: $1.label, cells: cells(counted[$0])) }
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

    func serviceCoverage(_ tally: CoverageTally) -> IndicatorTable {
        let identified = tally.identified, any = tally.any, served = tally.served
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

    func referrals(by: String, _ tally: ReferralTally) -> IndicatorTable {
        typealias Group = ReferralTally.Group
        let counted = tally.counted, byAgency = by == "agency"
        let groups = counted.rows, all = counted.total
        func cells(_ g: Group) -> [IndicatorCell] {
            [.count(g.n), .count(g.accepted), .percent(numerator: g.accepted, denominator: g.n), g.days.cell,
             .count(g.delivered), .count(g.declined)]
        }
        let rowsOut = byAgency
            ? agencyRows(Set(groups.indices.filter { groups[$0].n > 0 }.map { UInt16($0) })) { cells(groups[Int($0)]) }
            : ReferralService.allCases.enumerated().map { IndicatorRow(key: $1.rawValue, label: $1.label, cells: cells(counted[$0])) }
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

/// Restitution claims (Pasal 48–50) per province or form.
struct RestitutionTally: Tally {
    struct Group: Sendable { var n = 0, ordered = 0, paid = 0, notified = 0, onTime = 0; var claimedRp: Int64 = 0, orderedRp: Int64 = 0, paidRp: Int64 = 0 }
    let by: String
    var counted: RowTotals<Group>

    init(by: String) {
        self.by = by
        counted = RowTotals(count: by == "form" ? FormGroup.allCases.count : Province.all.count + 1, empty: Group())
    }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, rp = Int64(sign), byForm = by == "form"
        for r in input.year.restitutions where s.inPeriod(r.day) && s.keeps(r.at, victimBit: r.victimBit) {
            counted.add(row: byForm ? Int(r.at.form) : min(Int(r.at.province), Province.all.count)) { g in
                g.n += sign
                g.claimedRp += r.claimed * rp
                if r.ordered >= 0 {
                    g.ordered += sign
                    g.orderedRp += r.ordered * rp
                    g.paidRp += r.paidCapped * rp
                    if r.paidInFull != IndexDay.none { g.paid += sign }
                    if r.notified {
                        g.notified += sign
                        if r.paidInFull != IndexDay.none, r.paidInFull <= r.deadline { g.onTime += sign }
                    }
                }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.restitution(by: by, self) }
}

/// Protection items (Pasal 51–54) per service or province. On time and late are judged on the
/// day, so a kept tally is counted again on a new day.
struct ServicesTally: Tally {
    struct Group: Sendable { var n = 0, delivered = 0, onTime = 0, judged = 0, notDelivered = 0, openLate = 0; var days = DayCounts() }
    let by: String
    var counted: RowTotals<Group>
    var readsDay: Bool { true }

    init(by: String) {
        self.by = by
        counted = RowTotals(count: by == "province" ? Province.all.count + 1 : ProtectionService.allCases.count, empty: Group())
    }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, asOf = input.asOf, sign = input.sign, byProvince = by == "province"
        for x in input.year.services where s.inPeriod(x.day) && s.keeps(x.at, victimBit: x.victimBit) {
            let k = byProvince ? min(Int(x.at.province), Province.all.count) : Int(x.service)
            let open = x.closed == IndexDay.none
            let late = x.due != IndexDay.none && (open ? asOf : x.closed) > x.due
            // Only items whose 7 days have run, or that are done, can be judged on time or late.
            let judged = x.bound && (!open || x.due < asOf)
            counted.add(row: k) { g in
                g.n += sign
                if x.delivered { g.delivered += sign; if !open { g.days.add(x.closed - x.day, sign: sign) } }
                if judged { g.judged += sign; if x.delivered && !late { g.onTime += sign } }
                if x.notDelivered { g.notDelivered += sign }
                if open && late { g.openLate += sign }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.servicesOnTime(by: by, self) }
}

/// Victim records, and those who received each service.
struct CoverageTally: Tally {
    var identified = 0, any = 0
    var served = [Int](repeating: 0, count: ProtectionService.allCases.count)

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, services = served.count
        for v in input.year.victims where s.inPeriod(v.day) && s.keeps(v.at, victimBit: SexAge.bit(v.sexAge)) {
            identified += sign
            guard v.served != 0 else { continue }
            any += sign
            for i in 0..<services where v.served & (1 << UInt16(i)) != 0 { served[i] += sign }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.serviceCoverage(self) }
}

/// Referrals between agencies per service or receiving agency.
struct ReferralTally: Tally {
    struct Group: Sendable { var n = 0, accepted = 0, delivered = 0, declined = 0; var days = DayCounts() }
    let by: String
    var counted: RowTotals<Group>

    init(by: String) {
        self.by = by
        counted = RowTotals(count: by == "agency" ? 0 : ReferralService.allCases.count, empty: Group())
    }

    mutating func count(_ input: TallyInput) {
        let s = input.selection, sign = input.sign, byAgency = by == "agency"
        for r in input.year.referrals where s.inPeriod(r.day) && s.keeps(r.at, victimBit: r.victimBit) {
            counted.add(row: byAgency ? Int(r.toAgency) : Int(r.service)) { g in
                g.n += sign
                if r.acceptDays != IndexDay.none { g.accepted += sign; g.days.add(r.acceptDays, sign: sign) }
                if r.delivered { g.delivered += sign }
                if r.declined { g.declined += sign }
            }
        }
    }

    func table(_ scope: Scope) -> IndicatorTable { scope.calculator.referrals(by: by, self) }
}
