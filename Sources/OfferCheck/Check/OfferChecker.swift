import Foundation

/// Checks a job offer against the red flags in force on a day. Pure: the same answers, day,
/// rules and registry word give the same result.
public struct OfferChecker: Sendable {
    public let rules: OfferRules

    /// A checker over these rules; by default the ones shipped in `offer-rules.json`.
    public init(rules: OfferRules = .shipped) {
        self.rules = rules
    }

    /// The check at a moment, judged on that moment's day in Jakarta. `agency` is the registry's
    /// word on the company named (``AgencyRegistry/status(licenceNumber:companyName:)``); nil when
    /// no lookup was made, which leaves the agency flags not judged.
    public func check(_ answers: OfferAnswers, on date: Date, agency: AgencyStatus?) -> OfferCheckResult {
        check(answers, on: CalendarDay(date), agency: agency)
    }

    /// The check on a day.
    public func check(_ answers: OfferAnswers, on day: CalendarDay, agency: AgencyStatus?) -> OfferCheckResult {
        let context = CheckContext(answers: answers, day: day, agency: agency, rules: rules)
        var raised: [RaisedFlag] = []
        var open: [UnjudgedFlag] = []
        for rule in rules.rules(on: day) {
            // A rule without a condition cannot load (OfferRules.decode refuses it).
            guard let condition = OfferConditions.all[rule.code] else { continue }
            switch condition(context) {
            case .raised(let details, let lists): raised.append(flag(rule, details, lists, day))
            case .notRaised: break
            case .unjudged(let questions): open.append(unjudged(rule, questions))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: rules.rules.enumerated().map { ($1.code, $0) })
        raised.sort { ($0.severity, order[$0.code]!) < ($1.severity, order[$1.code]!) }
        let unanswered = answers.unanswered
        return OfferCheckResult(checkedOn: day, rulesVersion: rules.version,
                                verdict: verdict(raised, unanswered: unanswered.count), flags: raised,
                                notJudged: open, unansweredQuestions: unanswered, actions: actions(raised))
    }

    private func flag(_ rule: OfferRule, _ details: [OfferText], _ hits: [ListHit], _ day: CalendarDay) -> RaisedFlag {
        var notes = rule.notes.filter { $0.valid.contains(day) }.map(\.text)
        var basis = rule.basis
        var unsettled = false
        for hit in hits {
            if let n = hit.list.hitNote {
                notes.append(OfferText(id: n.id.replacingOccurrences(of: "{name}", with: hit.entry.name.id),
                                       en: n.en.replacingOccurrences(of: "{name}", with: hit.entry.name.en)))
            }
            basis += hit.list.basis
            for n in (hit.entry.notes ?? []) where n.valid.contains(day) {
                notes.append(n.text)
                basis += n.basis ?? []
                unsettled = unsettled || n.isUnsettled
            }
        }
        // A provision not yet in force on the day is not cited; guidance without a date always is.
        var seen: Set<String> = []
        basis = basis.filter { b in
            (b.inForceFrom.map { $0 <= day } ?? true) && seen.insert(b.instrument + "|" + b.provision).inserted
        }
        return RaisedFlag(code: rule.code, severity: rule.severity, title: rule.title, explanation: rule.explanation,
                          details: details + notes, basis: basis, actions: rule.actions.compactMap(rules.action),
                          unsettled: unsettled)
    }

    private func unjudged(_ rule: OfferRule, _ questions: [OfferQuestion]) -> UnjudgedFlag {
        let reason: OfferText
        if questions.isEmpty {
            reason = OfferText(id: "Perusahaan belum dicocokkan dengan daftar P3MI berizin.",
                               en: "The company has not been looked up in the list of licensed P3MI.")
        } else {
            let texts = questions.compactMap(rules.question)
            reason = OfferText(id: "Belum dijawab: " + texts.map(\.id).joined(separator: " "),
                               en: "Not answered: " + texts.map(\.en).joined(separator: " "))
        }
        return UnjudgedFlag(code: rule.code, severity: rule.severity, title: rule.title, questions: questions, reason: reason)
    }

    private func verdict(_ flags: [RaisedFlag], unanswered: Int) -> OfferVerdict {
        let code: OfferVerdict.Code = switch flags.map(\.severity).min() {
        case .serious: .highRisk
        case .warning, .signal: .someRisk
        case nil: .noRedFlagFound
        }
        let words = rules.verdict(code)!  // every verdict has words, or the rules would not load
        let note = unanswered == 0 ? nil : OfferText(
            id: rules.unansweredNote.id.replacingOccurrences(of: "{count}", with: String(unanswered)),
            en: rules.unansweredNote.en.replacingOccurrences(of: "{count}", with: String(unanswered)))
        return OfferVerdict(code: code, title: words.title, advice: words.advice, note: note)
    }

    /// Verify the agency first, always; then each flag's actions in the flags' order, once each.
    private func actions(_ flags: [RaisedFlag]) -> [OfferAction] {
        var codes = ["verify_agency"]
        for f in flags { for a in f.actions where !codes.contains(a.code) { codes.append(a.code) } }
        return codes.compactMap(rules.action)
    }
}
