import Cases
import Coordination
import Foundation
import Monitoring

/// The figures of each indicator, recounted: (row, column) → value, as the real table would
/// give them before the disclosure rule (shares in percent, medians in days).
extension NaiveRecount {
    typealias Figures = [String: Double?]

    static func key(_ row: String, _ column: String) -> String { row + "|" + column }

    func figures(_ id: String, _ f: MonitoringFilter, asOf: CalendarDate) -> Figures {
        switch id {
        case "victims_identified": return victims(f)
        case "justice_funnel": return funnel(f)
        case "justice_persons": return justicePersons(f)
        case "convictions_by_law": return convictions(f)
        case "restitution": return restitution(f)
        case "services_on_time": return services(f, asOf: asOf)
        case "service_coverage": return coverage(f)
        case "referrals": return referralFigures(f)
        case "public_reports": return reportFigures(f)
        case "reporting_delay": return delay(f)
        case "revictimisation": return revictimisation(f)
        case "workload": return workload(f, asOf: asOf)
        case "completeness": return completeness(f)
        case "sdg_16_2_2": return sdg(f)
        default: return [:]
        }
    }

    func victims(_ f: MonitoringFilter) -> Figures {
        let person = people()
        var out: Figures = [:]
        var people: [String: Set<String>] = [:], records: [String: Int] = [:]
        for (v, _) in victimsIdentified(f) {
            let row = SexAgeGroup(sex: SexGroup(v.sex.flatMap(CasePerson.Sex.init)), age: AgeGroup(age: v.age)).rawValue
            for r in [row, "total"] {
                people[r, default: []].insert(person[v.id] ?? v.id)
                records[r, default: 0] += 1
            }
        }
        for r in SexAgeGroup.allCases.map(\.rawValue) + ["total"] {
            out[Self.key(r, "people")] = Double(people[r]?.count ?? 0)
            out[Self.key(r, "records")] = Double(records[r] ?? 0)
        }
        return out
    }

    func sdg(_ f: MonitoringFilter) -> Figures {
        let person = people()
        var byProvince: [String: Set<String>] = [:]
        for (v, c) in victimsIdentified(f) { byProvince[c.province, default: []].insert(person[v.id] ?? v.id) }
        var out: Figures = [:]
        for p in Province.all { out[Self.key(p.code, "victims")] = Double(byProvince[p.code]?.count ?? 0) }
        return out
    }

    func tracks(_ f: MonitoringFilter) -> [([String: Any], Case)] {
        (docs["justice"] ?? []).compactMap { t in kept(t["caseID"] as! String, f).map { (t, $0) } }
    }

    func funnel(_ f: MonitoringFilter) -> Figures {
        let cohort = tracks(f).filter { Self.inPeriod(Self.stageDate($0.0, "report"), f) }
        let stages = ["report", "inquiry", "investigation", "prosecution", "trial", "verdict", "final"]
        var out: Figures = [:]
        for (i, stage) in stages.enumerated() {
            for (suffix, group) in [("", cohort), ("_labour", cohort.filter { FormGroup($0.1.types).isLabour })] {
                let reached = group.filter { Self.stageDate($0.0, stage) != nil }
                out[Self.key(stage, "reached" + suffix)] = Double(reached.count)
                if i > 0 {
                    let days = reached.compactMap { t -> Int? in
                        guard let a = Self.stageDate(t.0, stages[i - 1]), let b = Self.stageDate(t.0, stage) else { return nil }
                        return Self.days(a, b)
                    }
                    out[Self.key(stage, "days" + suffix)] = Self.median(days)
                }
            }
        }
        out[Self.key("discontinued", "reached")] = Double(cohort.filter { Self.stageDate($0.0, "discontinued") != nil }.count)
        return out
    }

    func justicePersons(_ f: MonitoringFilter) -> Figures {
        let person = people()
        var sets: [String: Set<String>] = [:]
        for (t, _) in tracks(f) {
            guard let sid = t["suspectID"] as? String, let s = suspects[sid] else { continue }
            let sex = SexGroup(s.sex.flatMap(CasePerson.Sex.init)).rawValue, who = person[sid] ?? sid
            let convicted = (t["verdict"] as? [String: Any])?["outcome"] as? String == "convicted"
            for (column, date) in [("suspects", Self.stageDate(t, "report")), ("prosecuted", Self.stageDate(t, "prosecution")),
                                   ("convicted", convicted ? Self.stageDate(t, "verdict") : nil)] where Self.inPeriod(date, f) {
                sets[Self.key(sex, column), default: []].insert(who)
                sets[Self.key("total", column), default: []].insert(who)
            }
        }
        var out: Figures = [:]
        for r in SexGroup.allCases.map(\.rawValue) + ["total"] {
            for c in ["suspects", "prosecuted", "convicted"] { out[Self.key(r, c)] = Double(sets[Self.key(r, c)]?.count ?? 0) }
        }
        return out
    }

    func convictions(_ f: MonitoringFilter) -> Figures {
        var counts: [String: Int] = [:], under: [String: Int] = [:]
        for (t, _) in tracks(f) {
            guard let v = t["verdict"] as? [String: Any], v["outcome"] as? String == "convicted",
                  Self.inPeriod(Self.stageDate(t, "verdict"), f) else { continue }
            let law = LawCategory(articles: v["articles"] as? [String] ?? []).rawValue
            let months = v["sentenceMonths"] as? Int ?? 0
            for r in [law, "total"] {
                counts[r, default: 0] += 1
                if months < 12 { under[r, default: 0] += 1 }
            }
        }
        var out: Figures = [:]
        for r in LawCategory.allCases.map(\.rawValue) + ["total"] {
            out[Self.key(r, "convictions")] = Double(counts[r] ?? 0)
            out[Self.key(r, "under_year")] = Double(under[r] ?? 0)
        }
        return out
    }

    func restitution(_ f: MonitoringFilter) -> Figures {
        var out: Figures = [:]
        var claimed: [String: Int] = [:], ordered: [String: Int] = [:], paid: [String: Int] = [:], rupiah: [String: Int64] = [:]
        for r in docs["restitution"] ?? [] {
            guard Self.inPeriod(r["claimedOn"] as? String, f), let c = kept(r["caseID"] as! String, f) else { continue }
            let amount = (r["claims"] as? [[String: Any]] ?? []).reduce(Int64(0)) { $0 + (($1["amount"] as? NSNumber)?.int64Value ?? 0) }
            let order = (r["orderedAmount"] as? NSNumber)?.int64Value
            let payments = (r["payments"] as? [[String: Any]] ?? []).reduce(Int64(0)) { $0 + (($1["amount"] as? NSNumber)?.int64Value ?? 0) }
            for row in [c.province, "total"] {
                claimed[row, default: 0] += 1
                rupiah[row, default: 0] += amount
                if let order {
                    ordered[row, default: 0] += 1
                    if payments >= order { paid[row, default: 0] += 1 }
                }
            }
        }
        for r in Province.all.map(\.code) + ["total"] {
            out[Self.key(r, "claimed")] = Double(claimed[r] ?? 0)
            out[Self.key(r, "ordered")] = Double(ordered[r] ?? 0)
            out[Self.key(r, "paid")] = Double(paid[r] ?? 0)
            out[Self.key(r, "rupiah_claimed")] = claimed[r] == nil ? nil : Double(rupiah[r] ?? 0)
        }
        return out
    }
}
