import Cases
import Coordination
import Foundation
import Monitoring

extension NaiveRecount {
    func services(_ f: MonitoringFilter, asOf: CalendarDate) -> Figures {
        var requested: [String: Int] = [:], delivered: [String: Int] = [:], onTime: [String: Int] = [:], judged: [String: Int] = [:]
        var notDelivered: [String: Int] = [:]
        for s in docs["protection"] ?? [] {
            guard let on = s["requestedOn"] as? String, Self.inPeriod(on, f), kept(s["caseID"] as! String, f) != nil else { continue }
            let service = ProtectionService(rawValue: s["service"] as! String)!
            let status = s["status"] as! String, closed = s["closedOn"] as? String
            let due = service.deadline(requestedOn: CalendarDate(iso: on)!)?.dueOn.description
            for r in [service.rawValue, "total"] {
                requested[r, default: 0] += 1
                if status == "delivered" { delivered[r, default: 0] += 1 }
                if status == "not_delivered" { notDelivered[r, default: 0] += 1 }
                if let due, closed != nil || due < asOf.description {
                    judged[r, default: 0] += 1
                    if status == "delivered", let closed, closed <= due { onTime[r, default: 0] += 1 }
                }
            }
        }
        var out: Figures = [:]
        for r in ProtectionService.allCases.map(\.rawValue) + ["total"] {
            out[Self.key(r, "requested")] = Double(requested[r] ?? 0)
            out[Self.key(r, "delivered")] = Double(delivered[r] ?? 0)
            out[Self.key(r, "on_time")] = Double(onTime[r] ?? 0)
            out[Self.key(r, "not_delivered")] = Double(notDelivered[r] ?? 0)
            out[Self.key(r, "on_time_share")] = (judged[r] ?? 0) == 0 ? nil : 100 * Double(onTime[r] ?? 0) / Double(judged[r]!)
        }
        return out
    }

    func coverage(_ f: MonitoringFilter) -> Figures {
        let identified = Set(victimsIdentified(f).map(\.0.id))
        var served: [String: Set<String>] = [:]
        for s in docs["protection"] ?? [] where s["status"] as? String == "delivered" {
            served[s["service"] as! String, default: []].insert(s["victimID"] as! String)
            served["any", default: []].insert(s["victimID"] as! String)
        }
        var out: Figures = [:]
        for r in ProtectionService.allCases.map(\.rawValue) + ["any"] {
            out[Self.key(r, "victims")] = Double(identified.count)
            out[Self.key(r, "served")] = Double(identified.intersection(served[r] ?? []).count)
        }
        return out
    }

    func referralFigures(_ f: MonitoringFilter) -> Figures {
        var sent: [String: Int] = [:], accepted: [String: Int] = [:], declined: [String: Int] = [:], delivered: [String: Int] = [:]
        var acceptDays: [String: [Int]] = [:]
        for r in docs["referral"] ?? [] {
            guard let on = r["requestedOn"] as? String, Self.inPeriod(on, f), kept(r["caseID"] as! String, f) != nil else { continue }
            let history = r["history"] as? [[String: Any]] ?? []
            let accept = history.first { $0["action"] as? String == "accept" }?["on"] as? String
            for row in [r["service"] as! String, "total"] {
                sent[row, default: 0] += 1
                if let accept { accepted[row, default: 0] += 1; acceptDays[row, default: []].append(Self.days(on, accept)) }
                if r["status"] as? String == "declined" { declined[row, default: 0] += 1 }
                if r["status"] as? String == "completed", r["outcome"] as? String == "delivered" { delivered[row, default: 0] += 1 }
            }
        }
        var out: Figures = [:]
        for row in ReferralService.allCases.map(\.rawValue) + ["total"] {
            out[Self.key(row, "sent")] = Double(sent[row] ?? 0)
            out[Self.key(row, "accepted")] = Double(accepted[row] ?? 0)
            out[Self.key(row, "declined")] = Double(declined[row] ?? 0)
            out[Self.key(row, "delivered")] = Double(delivered[row] ?? 0)
            out[Self.key(row, "days_to_accept")] = Self.median(acceptDays[row] ?? [])
        }
        return out
    }

    func reportFigures(_ f: MonitoringFilter) -> Figures {
        var received: [String: Int] = [:], cases: [String: Int] = [:], replyDays: [String: [Int]] = [:]
        for r in reports where Self.inPeriod(r.received, f) {
            if let p = f.provinceCode, r.province != p { continue }
            if let a = f.agencyID, r.agency != a { continue }
            for row in [r.province ?? "unknown", "total"] {
                received[row, default: 0] += 1
                if r.caseID != nil { cases[row, default: 0] += 1 }
                if let reply = r.firstReply { replyDays[row, default: []].append(Self.days(r.received, reply)) }
            }
        }
        var out: Figures = [:]
        for row in Province.all.map(\.code) + ["unknown", "total"] {
            out[Self.key(row, "received")] = Double(received[row] ?? 0)
            out[Self.key(row, "cases")] = Double(cases[row] ?? 0)
            out[Self.key(row, "days_to_reply")] = Self.median(replyDays[row] ?? [])
        }
        return out
    }

    func delay(_ f: MonitoringFilter) -> Figures {
        var opened: [String: Int] = [:], days: [String: [Int]] = [:]
        for (id, c) in cases where Self.inPeriod(c.opened, f) && kept(id, f) != nil {
            for row in [FormGroup(c.types).rawValue, "total"] {
                opened[row, default: 0] += 1
                if let i = c.incident { days[row, default: []].append(max(0, Self.days(i, c.opened))) }
            }
        }
        var out: Figures = [:]
        for row in FormGroup.allCases.map(\.rawValue) + ["total"] {
            out[Self.key(row, "cases")] = Double(opened[row] ?? 0)
            out[Self.key(row, "dated")] = Double(days[row]?.count ?? 0)
            out[Self.key(row, "days")] = Self.median(days[row] ?? [])
        }
        return out
    }

    func revictimisation(_ f: MonitoringFilter) -> Figures {
        let person = people()
        var casesOf: [String: Set<String>] = [:]
        for v in victims { casesOf[person[v.id] ?? v.id, default: []].insert(v.caseID) }
        var found: [String: Set<String>] = [:]
        for (v, _) in victimsIdentified(f) {
            let row = SexAgeGroup(sex: SexGroup(v.sex.flatMap(CasePerson.Sex.init)), age: AgeGroup(age: v.age)).rawValue
            for r in [row, "total"] { found[r, default: []].insert(person[v.id] ?? v.id) }
        }
        var out: Figures = [:]
        for r in SexAgeGroup.allCases.map(\.rawValue) + ["total"] {
            out[Self.key(r, "people")] = Double(found[r]?.count ?? 0)
            out[Self.key(r, "again")] = Double(found[r]?.filter { (casesOf[$0]?.count ?? 0) > 1 }.count ?? 0)
        }
        return out
    }

    func workload(_ f: MonitoringFilter, asOf: CalendarDate) -> Figures {
        var open: [String: Int] = [:], items: [String: Int] = [:], overdue: [String: Int] = [:]
        for (id, c) in cases where kept(id, f) != nil && c.status != "closed" {
            for a in c.agencies where f.agencyID == nil || f.agencyID == a { open[a, default: 0] += 1 }
        }
        func item(_ owner: String, _ caseID: String, open isOpen: Bool, due: String?) {
            guard isOpen, kept(caseID, f) != nil, f.agencyID == nil || f.agencyID == owner else { return }
            items[owner, default: 0] += 1
            if let due, due < asOf.description { overdue[owner, default: 0] += 1 }
        }
        for r in docs["referral"] ?? [] {
            item(r["toAgencyID"] as! String, r["caseID"] as! String, open: ["requested", "accepted", "in_progress"].contains(r["status"] as! String),
                 due: r["dueOn"] as? String)
        }
        for s in docs["protection"] ?? [] {
            let service = ProtectionService(rawValue: s["service"] as! String)!
            let due = service.deadline(requestedOn: CalendarDate(iso: s["requestedOn"] as! String)!)?.dueOn.description ?? s["agreedDueOn"] as? String
            item(s["responsibleAgencyID"] as! String, s["caseID"] as! String, open: s["closedOn"] == nil, due: due)
        }
        var out: Figures = [:]
        for a in Set(open.keys).union(items.keys) {
            out[Self.key(a, "open_cases")] = Double(open[a] ?? 0)
            out[Self.key(a, "open_items")] = Double(items[a] ?? 0)
            out[Self.key(a, "overdue")] = Double(overdue[a] ?? 0)
            out[Self.key(a, "staff")] = Double(staff[a] ?? 0)
        }
        return out
    }

    func completeness(_ f: MonitoringFilter) -> Figures {
        var total: [String: Int] = [:], dated: [String: Int] = [:]
        for (id, c) in cases where Self.inPeriod(c.opened, f) && kept(id, f) != nil {
            for a in c.agencies.filter({ f.agencyID == nil || f.agencyID == $0 }) + ["total"] {
                total[a, default: 0] += 1
                if c.incident != nil { dated[a, default: 0] += 1 }
            }
        }
        var out: Figures = [:]
        for (a, n) in total {
            out[Self.key(a, "cases")] = Double(n)
            out[Self.key(a, "incident_date")] = 100 * Double(dated[a] ?? 0) / Double(n)
        }
        return out
    }
}
