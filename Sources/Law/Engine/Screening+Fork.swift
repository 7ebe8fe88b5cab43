extension Screening {
    /// The element-by-element reading of a forked answer: one line per alternative, saying what
    /// the law makes of the case if the open facts turn out that way.
    static func forkLines(_ f: ForkFinder) -> [ExplanationLine] {
        guard f.branches.count > 1 else {
            let articles = f.branches.first?.sentencing.articles.joined(separator: "; ") ?? ""
            return f.branches.first.map { b in
                [Explain.line(b.sentencing.provisions.first?.provisionID ?? .uu21Def2, "alternative", .met, facts: f.decidedBy,
                    id: "Apa pun jawaban fakta yang belum diketahui, pasalnya sama: \(articles).",
                    en: "However the open facts turn out, the articles are the same: \(articles).")]
            } ?? []
        }
        return f.branches.map { b in
            let articles = b.sentencing.articles.joined(separator: "; ")
            return Explain.line(b.sentencing.provisions.first?.provisionID ?? .uu21Def2, "alternative", .unknown, facts: f.decidedBy,
                id: "Bila \(b.when.map { $0.id }.joined(separator: "; atau ")): \(articles).",
                en: "If \(b.when.map { $0.en }.joined(separator: "; or ")): \(articles).")
        }
    }

    /// The strings in their first order, each once.
    static func distinct(_ all: [String]) -> [String] {
        var seen: Set<String> = []
        return all.filter { seen.insert($0).inserted }
    }
}
