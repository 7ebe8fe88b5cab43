import Cases
import Coordination
import Foundation
import Monitoring
@testable import Store

/// The indicators counted a second, plain way: straight from the tables, the coordination
/// records opened and read as loose JSON, one loop per figure. It shares only the definitions
/// (which article is which law, which form is sexual) with the real counting, so that a fault in
/// reading, filtering, joining people or grouping shows up as a difference.
struct NaiveRecount {
    struct Case { let province: String; let opened: String; let incident: String?; let types: [ExploitationType]; let status: String; let agencies: Set<String> }
    struct Person { let id: String; let caseID: String; let sex: String?; let age: Int?; let citizenship: String? }

    var cases: [String: Case] = [:]
    var victims: [Person] = []
    var suspects: [String: Person] = [:]
    var docs: [String: [[String: Any]]] = [:]
    var links: [(String, String)] = []
    var reports: [(received: String, firstReply: String?, caseID: String?, agency: String, province: String?)] = []
    var staff: [String: Int] = [:]

    static func read(_ store: SimpulStore) async throws -> NaiveRecount {
        var n = NaiveRecount()
        var agencies: [String: Set<String>] = [:]
        for r in try await store.db.query("SELECT case_id, agency_id FROM case_agencies", []) {
            agencies[try r.text("case_id"), default: []].insert(try r.text("agency_id"))
        }
        for r in try await store.db.query("SELECT * FROM cases", []) {
            let id = try r.text("id")
            n.cases[id] = Case(province: try r.text("province_code"), opened: try r.text("opened_on"), incident: r.optionalText("incident_date"),
                               types: try r.text("exploitation_types").split(separator: ",").compactMap { ExploitationType(rawValue: String($0)) },
                               status: try r.text("status"), agencies: agencies[id] ?? [])
        }
        for r in try await store.db.query("SELECT * FROM case_persons", []) {
            let p = Person(id: try r.text("id"), caseID: try r.text("case_id"), sex: r.optionalText("sex"), age: r.optionalInt("age_at_report"),
                           citizenship: r.optionalText("citizenship"))
            switch try r.text("role") {
            case "victim": n.victims.append(p)
            case "suspect": n.suspects[p.id] = p
            default: break
            }
        }
        let sealed = SealedText(cipher: store.cipher)
        for r in try await store.db.query("SELECT id, kind, doc FROM coordination_records", []) {
            let json = try sealed.open(try r.text("doc"), context: "coordination:\(try r.text("id"))")
            n.docs[try r.text("kind"), default: []].append(try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any])
        }
        for r in try await store.db.query("SELECT person_a, person_b, status FROM person_links", []) where try r.text("status") == "confirmed" {
            n.links.append((try r.text("person_a"), try r.text("person_b")))
        }
        var firstReply: [String: String] = [:]
        for r in try await store.db.query("SELECT report_id, author, kind, at FROM report_messages", []) {
            guard try r.text("author") == "agency", ["reply", "question"].contains(try r.text("kind")) else { continue }
            let id = try r.text("report_id"), at = try r.text("at")
            if firstReply[id].map({ at < $0 }) ?? true { firstReply[id] = at }
        }
        for r in try await store.db.query("SELECT id, received_at, case_id, agency_id, province_code FROM reports", []) {
            n.reports.append((String(try r.text("received_at").prefix(10)), firstReply[try r.text("id")].map { String($0.prefix(10)) },
                              r.optionalText("case_id"), try r.text("agency_id"), r.optionalText("province_code")))
        }
        for r in try await store.db.query("SELECT agency_id, disabled FROM users", []) where try r.int("disabled") == 0 {
            n.staff[try r.text("agency_id"), default: 0] += 1
        }
        return n
    }

    // MARK: helpers

    /// People: records joined by confirmed links, by walking the links breadth first.
    func people() -> [String: String] {
        var neighbours: [String: [String]] = [:]
        for (a, b) in links { neighbours[a, default: []].append(b); neighbours[b, default: []].append(a) }
        var person: [String: String] = [:]
        for start in neighbours.keys.sorted() where person[start] == nil {
            var queue = [start], seen: Set = [start]
            while let x = queue.popLast() { for y in neighbours[x] ?? [] where seen.insert(y).inserted { queue.append(y) } }
            let name = seen.min()!
            for x in seen { person[x] = name }
        }
        return person
    }

    func kept(_ caseID: String, _ f: MonitoringFilter) -> Case? {
        guard let c = cases[caseID] else { return nil }
        if let p = f.provinceCode, c.province != p { return nil }
        if let a = f.agencyID, !c.agencies.contains(a) { return nil }
        if let form = f.form, FormGroup(c.types) != form { return nil }
        return c
    }

    static func inPeriod(_ date: String?, _ f: MonitoringFilter) -> Bool {
        guard let date else { return false }
        return date >= f.period.firstDay.description && date <= f.period.lastDay.description
    }

    static func days(_ a: String, _ b: String) -> Int {
        CalendarDate(iso: String(a.prefix(10)))!.days(until: CalendarDate(iso: String(b.prefix(10)))!)
    }

    static func median(_ xs: [Int]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func stageDate(_ track: [String: Any], _ stage: String) -> String? {
        (track["stages"] as? [[String: Any]])?.first { $0["stage"] as? String == stage }?["on"] as? String
    }

    func victimsIdentified(_ f: MonitoringFilter) -> [(Person, Case)] {
        victims.compactMap { v in kept(v.caseID, f).flatMap { c in Self.inPeriod(c.opened, f) ? (v, c) : nil } }
    }
}
