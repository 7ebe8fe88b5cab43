/// Settles a national answer the facts leave open when the open facts decide *which* article
/// applies but not *whether* one does: every way they could turn out gives an offence. Then the
/// answer is an offence, with the articles each way gives and the facts that choose between them.
struct ForkFinder {
    struct Branch {
        /// The conditions under which this branch holds, one per completion that gives it.
        var when: [Bilingual]
        let sentencing: Sentencing
        /// The offences met in this branch.
        let met: [OffenceKind]
    }

    /// The facts fields whose answer changes the articles.
    let decidedBy: [String]
    let branches: [Branch]

    /// Beyond this many combinations the open facts are too many to say anything for all of them.
    static let maxCompletions = 48

    init?(_ v: FactView, _ national: NationalTest, _ rescreen: Rescreening) {
        guard rescreen.version.assessable, national.verdict != .noOffence else { return nil }
        var base = v.facts
        var fields = Completion.openFields(national)
        if national.verdict == .offence {
            // Already an offence (say under UU 35/2014): only the facts that place the case among the
            // articles fork it. A missing element, such as a means, is a question, not an alternative.
            fields = fields.filter { Completion.placing.contains($0) }
        }
        if fields.contains("adoption.promiseOrPayment"), !Completion.adoptionInPlay(v) {
            fields.removeAll { $0 == "adoption.promiseOrPayment" }
            base.adoption.promiseOrPayment = false
        }
        let options = fields.map { Completion.of($0, v) }
        let count = options.reduce(1) { $0 * $1.count }
        guard !fields.isEmpty, !options.contains { $0.isEmpty }, count <= Self.maxCompletions else { return nil }

        var found: [(sentencing: Sentencing, met: [OffenceKind], choices: [[Int]])] = []
        for index in 0..<count {
            var facts = base
            var choice: [Int] = []
            var rest = index
            for opts in options {
                choice.append(rest % opts.count)
                opts[rest % opts.count].apply(&facts)
                rest /= opts.count
            }
            let answer = rescreen.answer(facts)
            guard let s = answer.sentencing else { return nil }
            if let i = found.firstIndex(where: { $0.sentencing.articles == s.articles }) {
                found[i].choices.append(choice)
            } else {
                found.append((s, answer.national.met, [choice]))
            }
        }
        if national.verdict == .offence, found.count < 2 { return nil }
        // A field decides when some branch holds for only some of its values.
        let deciding = fields.indices.filter { f in
            found.contains { branch in Set(branch.choices.map { $0[f] }).count < options[f].count }
        }
        decidedBy = deciding.map { fields[$0] }
        branches = found.map { branch in
            var when: [Bilingual] = []
            for choice in branch.choices {
                let parts = deciding.map { options[$0][choice[$0]].when }
                let text = Bilingual(id: parts.map { $0.id }.joined(separator: " dan "), en: parts.map { $0.en }.joined(separator: " and "))
                if !parts.isEmpty, !when.contains(text) { when.append(text) }
            }
            return Branch(when: when, sentencing: branch.sentencing, met: branch.met)
        }
    }

    /// The answer as the result shows it: each branch with its articles and penalty.
    var fork: ArticleFork? {
        guard branches.count > 1 else { return nil }
        return ArticleFork(decidedBy: decidedBy, alternatives: branches.map { b in
            ArticleFork.Alternative(
                when: Bilingual(id: b.when.map { $0.id }.joined(separator: "; atau "), en: b.when.map { $0.en }.joined(separator: "; or ")),
                articles: b.sentencing.articles, penalty: b.sentencing.penalty,
                penaltyProvision: b.sentencing.penaltyProvision.map { ProvisionCatalogue.provision($0).citation })
        })
    }

    /// One sentencing for the headline: every branch's articles, and the penalty as the range across
    /// them. The branches were screened without words; the aggravations are explained on the facts
    /// as given, so an aggravation that depends on an open fact is not claimed.
    func merged(_ v: FactView) -> Sentencing {
        var s = Sentencing(merging: branches.map { $0.sentencing })
        var kinds: [OffenceKind] = []
        for b in branches { for k in b.met where !kinds.contains(k) { kinds.append(k) } }
        s.lines = Aggravations(v, met: kinds, resulted: v.exploitationOccurred == .yes).lines
        return s
    }
}

/// The national answer when the facts decide which article applies but not whether one does.
public struct ArticleFork: Sendable, Encodable {
    /// The facts fields to establish to choose between the alternatives, e.g. `movement`.
    public let decidedBy: [String]
    public let alternatives: [Alternative]

    /// One way the open facts could turn out, and what the law then makes of the case.
    public struct Alternative: Sendable, Encodable {
        /// The condition, e.g. "exploitation in Indonesia".
        public let when: Bilingual
        public let articles: [String]
        public let penalty: Penalty?
        public let penaltyProvision: String?
    }
}
