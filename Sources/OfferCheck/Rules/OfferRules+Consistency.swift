extension OfferRules {
    /// Everything in the document that names something it does not define, or is out of order.
    func consistencyProblems() -> [String] {
        var out: [String] = []
        let instrumentNames = Set(instruments.map(\.name))
        let actionCodes = Set(actions.map(\.code))
        let listCodes = Set(lists.map(\.code))
        let lineCodes = Set(helpLines.map(\.code))
        func duplicates(_ codes: [String], _ what: String) {
            var seen: Set<String> = []
            for c in codes where !seen.insert(c).inserted { out.append("\(what) \(c) is defined twice") }
        }
        duplicates(rules.map(\.code), "rule")
        duplicates(lists.map(\.code), "list")
        duplicates(actions.map(\.code), "action")
        duplicates(instruments.map(\.name), "instrument")
        func checkBasis(_ basis: [LegalBasis], _ owner: String) {
            for b in basis where !instrumentNames.contains(b.instrument) {
                out.append("\(owner): basis cites \(b.instrument), which is not in instruments")
            }
        }
        func checkRange(_ r: DayRange, _ owner: String) {
            if let f = r.from, let u = r.until, u < f { out.append("\(owner): valid_until \(u) is before valid_from \(f)") }
        }
        for r in rules {
            if OfferConditions.all[r.code] == nil { out.append("rule \(r.code) has no condition in code (OfferConditions)") }
            if r.basis.isEmpty { out.append("rule \(r.code) has no basis") }
            if r.questions.isEmpty { out.append("rule \(r.code) names no question") }
            checkBasis(r.basis, "rule \(r.code)")
            checkRange(r.valid, "rule \(r.code)")
            for a in r.actions where !actionCodes.contains(a) { out.append("rule \(r.code): unknown action \(a)") }
            for l in r.lists where !listCodes.contains(l) { out.append("rule \(r.code): unknown list \(l)") }
        }
        for l in lists {
            checkBasis(l.basis, "list \(l.code)")
            checkRange(l.valid, "list \(l.code)")
            if !["country", "job"].contains(l.kind) { out.append("list \(l.code): kind must be country or job") }
            for e in l.entries {
                checkRange(e.valid, "list \(l.code) entry \(e.value)")
                if l.kind == "country", !ISOCountry.isAssigned(e.value) { out.append("list \(l.code): \(e.value) is not ISO 3166-1 alpha-2") }
                if l.kind == "job", JobCategory(rawValue: e.value) == nil { out.append("list \(l.code): \(e.value) is not a job code") }
                for n in e.notes ?? [] { checkBasis(n.basis ?? [], "list \(l.code) entry \(e.value)") }
            }
        }
        for a in actions { for h in a.helpLines where !lineCodes.contains(h) { out.append("action \(a.code): unknown help line \(h)") } }
        if action("verify_agency") == nil { out.append("action verify_agency is missing; every result starts with it") }
        for c in OfferVerdict.Code.allCases where verdict(c) == nil { out.append("verdict \(c.rawValue) has no words") }
        for q in OfferQuestion.allCases where question(q) == nil { out.append("question \(q.rawValue) has no words") }
        return out
    }
}
