/// What an open fact could change in the national answer, found by trying each way it could turn
/// out (``Completion``) and screening again: whether the verdict could turn, how far the gravest
/// prison term could rise, and whether another article could apply.
struct NationalStakes {
    struct Change {
        var verdict = false
        /// Years added to the gravest maximum (life counts as 100 years).
        var prisonGain = 0.0
        /// Some way it turns out brings in an article not applied now.
        var articles = false

        var matters: Bool { verdict || prisonGain > 0 || articles }
    }

    private let v: FactView
    private let national: NationalTest
    private let rescreen: Rescreening
    private let verdict: NationalVerdict
    private let years: Double
    private let applied: Set<String>
    /// The facts the completions start from: an adoption not in play is taken as none.
    private let base: CaseFacts

    init(_ v: FactView, _ national: NationalTest, _ rescreen: Rescreening, verdict: NationalVerdict, sentencing: Sentencing) {
        self.v = v
        self.national = national
        self.rescreen = rescreen
        self.verdict = verdict
        years = sentencing.penalty.map(Self.years) ?? 0
        applied = Set(sentencing.articles)
        var base = v.facts
        if !Completion.adoptionInPlay(v), base.adoption.promiseOrPayment == nil { base.adoption.promiseOrPayment = false }
        self.base = base
    }

    func of(_ field: String) -> Change { change(Completion.of(field, v), field) }

    /// A child's case where Pasal 2 fails, or is open, for want of a means only: abuse of her
    /// position of vulnerability is the means to ask about.
    var vulnerabilityOpensPasal2: Bool {
        guard rescreen.version.assessable, v.child == .yes, v.means?.contains(.abuseOfVulnerability) != true,
              let p2 = national.offences.first(where: { $0.kind == .pasal2 }) else { return false }
        switch p2.value {
        case .no: return !p2.lines.isEmpty && p2.lines.allSatisfy { $0.element == "means" }
        case .unknown: return p2.unknownFacts.contains("means")
        case .yes: return false
        }
    }

    func ofVulnerability() -> Change {
        let known = v.means ?? []
        return change([Completion(when: Bilingual(id: "penyalahgunaan posisi rentan", en: "abuse of vulnerability")) {
            $0.means = known + [.abuseOfVulnerability] }], "means")
    }

    private func change(_ completions: [Completion], _ field: String) -> Change {
        var c = Change()
        guard rescreen.version.assessable else { return c }
        for completion in completions {
            var facts = base
            completion.apply(&facts)
            let answer = rescreen.answer(facts)
            let n = answer.national
            if n.verdict != verdict, n.verdict != .undetermined || verdict != .offence { c.verdict = true }
            guard let s = answer.sentencing else { continue }
            if let p = s.penalty { c.prisonGain = max(c.prisonGain, Self.years(p) - years) }
            if !applied.isSuperset(of: s.articles) { c.articles = true }
        }
        // A fact that can turn the verdict is asked first anyway; only a quieter one is looked at closer.
        if !c.verdict, c.prisonGain == 0, !c.articles { besideOthers(completions, field, &c) }
        return c
    }

    /// Another open fact may hide what this one does (Pasal 2 needs both a means and the place):
    /// the fact is tried against each way the others could turn out, and credited only with what
    /// it adds there.
    private func besideOthers(_ completions: [Completion], _ field: String, _ c: inout Change) {
        var combos: [CaseFacts] = [base]
        for other in Completion.openFields(national) where other != field {
            if other == "adoption.promiseOrPayment", !Completion.adoptionInPlay(v) { continue }
            let options = Completion.of(other, v)
            guard !options.isEmpty, combos.count * options.count <= 6 else { return }
            combos = combos.flatMap { facts in options.map { o in var f = facts; o.apply(&f); return f } }
        }
        guard combos.count > 1 || combos.first != base else { return }
        for others in combos {
            let before = rescreen.answer(others).sentencing
            let floor = max(years, before?.penalty.map(Self.years) ?? 0)
            let known = applied.union(before?.articles ?? [])
            for completion in completions {
                var facts = others
                completion.apply(&facts)
                guard let s = rescreen.answer(facts).sentencing else { continue }
                if let p = s.penalty { c.prisonGain = max(c.prisonGain, Self.years(p) - floor) }
                if !known.isSuperset(of: s.articles) { c.articles = true }
            }
        }
    }

    private static func years(_ p: Penalty) -> Double { p.life ? 100 : p.prisonYearsMax ?? 0 }
}
