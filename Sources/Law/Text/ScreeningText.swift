/// The plain-text report behind `simpul screen --format text`, in Indonesian or English.
public enum ScreeningText {
    /// Renders a screening for reading on a terminal or printing. When a verdict is undetermined
    /// the facts to establish next come right after the verdicts, so they are not missed.
    public static func render(_ r: ScreeningResult, language: ScreeningLanguage) -> String {
        let l = TextLabels.of(language)
        let t = { (b: Bilingual) in b.text(language) }
        var out: [String] = []
        let acts = r.assessed.date.map { " (\(l.actsOn) \($0))" } ?? ""
        out.append("\(l.title) — \(l.assessed) \(r.assessed.asOf)\(acts)")
        out.append("")
        out.append("\(l.palermo): \(l.verdict(r.palermo.verdict))")
        if !r.palermo.missing.isEmpty {
            out.append("  \(l.missing): " + r.palermo.missing.map(l.element).joined(separator: ", "))
        }
        let n = r.national
        out.append("\(l.national): \(l.verdict(n.verdict))")
        if !n.articles.isEmpty { out.append("  \(l.articles): " + n.articles.joined(separator: "; ")) }
        if let p = n.penalty {
            out.append("  \(l.penalty): \(PenaltyText.describe(p, language))" + (n.penaltyProvision.map { " (\($0))" } ?? ""))
        }
        if let c = n.corporatePenalty {
            let fine = Penalty(prisonYearsMin: nil, prisonYearsMax: nil, fineMinRp: c.fineMinRp, fineMaxRp: c.fineMaxRp, cumulative: false)
            out.append("  \(l.corporate): \(PenaltyText.describe(fine, language))")
        }
        if !n.additionalPenalties.isEmpty { out.append("  \(l.additional): " + n.additionalPenalties.map(t).joined(separator: "; ")) }
        if let fork = n.fork { out += forkLines(fork, l, language) }
        out.append("  \(l.lawApplied): \(t(n.lawAppliedText))")
        // A forked answer is open too: the fact that chooses the article belongs beside it.
        let undetermined = r.palermo.verdict == .undetermined || n.verdict == .undetermined || n.fork != nil
        if undetermined, !r.nextFacts.isEmpty { out += section(l.nextFacts, numbered(r.nextFacts, language)) }
        out.append("")
        out.append("\(l.rights): " + (r.victimRights.isEmpty ? l.none : r.victimRights.joined(separator: "; ")))
        out.append("\(l.instruments): " + (r.instruments.isEmpty ? l.none : r.instruments.joined(separator: ", ")))
        if !r.divergences.isEmpty {
            out += section(l.divergences, r.divergences.map { "  - " + (language == .indonesian ? $0.id : $0.en) })
        }
        if !r.unsettled.isEmpty { out += section(l.unsettled, r.unsettled.flatMap { unsettledLines($0, l, language) }) }
        out += section(l.explanation, r.explanation.map {
            "  [\(l.status($0.status))] \($0.provision) — \(l.element(named: $0.element)): " + (language == .indonesian ? $0.id : $0.en)
        })
        if !undetermined, !r.nextFacts.isEmpty { out += section(l.nextFactsDecided, numbered(r.nextFacts, language)) }
        if !r.notes.isEmpty { out += section(l.notes, r.notes.map { "  - " + (language == .indonesian ? $0.id : $0.en) }) }
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ lines: [String]) -> [String] {
        ["", title + ":"] + lines
    }

    private static func numbered(_ facts: [NextFact], _ language: ScreeningLanguage) -> [String] {
        facts.enumerated().map { i, f in "  \(i + 1). \(f.field) — " + (language == .indonesian ? f.id : f.en) }
    }

    private static func forkLines(_ f: ArticleFork, _ l: TextLabels, _ language: ScreeningLanguage) -> [String] {
        ["  \(l.alternatives) (\(l.decidedBy): \(f.decidedBy.joined(separator: ", "))):"] + f.alternatives.map { a in
            "    • \(a.when.text(language)): \(a.articles.joined(separator: "; "))"
                + (a.penalty.map { " → " + PenaltyText.describe($0, language) } ?? "")
        }
    }

    private static func unsettledLines(_ u: UnsettledPoint, _ l: TextLabels, _ language: ScreeningLanguage) -> [String] {
        var lines = ["  - " + (language == .indonesian ? u.id : u.en)]
        for a in u.alternatives {
            let penalty = a.penalty.map { " → " + PenaltyText.describe($0, language) } ?? ""
            lines.append("      • " + (language == .indonesian ? a.id : a.en) + penalty + (a.primary ? " (\(l.used))" : ""))
        }
        return lines
    }
}
