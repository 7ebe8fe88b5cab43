extension Sentencing {
    /// The sentencing of an answer that forks: every branch's articles and provisions, and the
    /// penalty as the range across the branches (the lightest minimum, the gravest maximum).
    init(merging branches: [Sentencing]) {
        for b in branches {
            for a in b.articles where !articles.contains(a) { articles.append(a) }
            for p in b.provisions where !provisions.contains(where: { $0.provisionID == p.provisionID }) { provisions.append(p) }
            for u in b.unsettled where !unsettled.contains(where: { $0.code == u.code }) { unsettled.append(u) }
            for a in b.additional where !additional.contains(a) { additional.append(a) }
            for f in b.nextFacts where !nextFacts.contains(where: { $0.field == f.field }) { nextFacts.append(f) }
            corporate = corporate ?? b.corporate
        }
        let gravest = branches.compactMap { b in b.penalty.map { (b.penaltyProvision, $0) } }.max { $1.1.isGraver(than: $0.1) }
        penaltyProvision = gravest?.0
        penalty = Penalty.range(branches.compactMap { $0.penalty })
    }
}

extension Penalty {
    /// The range across several penalties: a bound is unset if any penalty leaves it unset at the
    /// bottom (no minimum), and the gravest maximum wins; prison and fine are cumulative only if
    /// they are in every penalty.
    static func range(_ all: [Penalty]) -> Penalty? {
        guard let first = all.first else { return nil }
        func low<T: Comparable>(_ values: [T?]) -> T? { values.contains { $0 == nil } ? nil : values.compactMap { $0 }.min() }
        return Penalty(prisonYearsMin: low(all.map { $0.prisonYearsMin }),
                       prisonYearsMax: all.compactMap { $0.prisonYearsMax }.max() ?? first.prisonYearsMax,
                       life: all.contains { $0.life },
                       fineMinRp: low(all.map { $0.fineMinRp }),
                       fineMaxRp: all.compactMap { $0.fineMaxRp }.max() ?? first.fineMaxRp,
                       cumulative: all.allSatisfy { $0.cumulative })
    }
}
