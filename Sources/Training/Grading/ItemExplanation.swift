import Law

/// Why an item's right answer is what it is, in the engine's own words, each sentence with the
/// provision it rests on and where that provision was read.
public struct CitedReason: Sendable, Hashable {
    public let text: Bilingual
    /// `UU 21/2007 Pasal 4`, `Palermo Protocol Art. 3(a)`.
    public let citation: String
    /// Where the engine's table read the provision (`legal-facts.md §2.3 …`).
    public let source: String
}

extension AnswerKey {
    /// The engine's reasons behind one item of this study.
    public func reasons(for item: GradedItem) -> [CitedReason] {
        switch item.question {
        case .verdict: verdictReasons()
        case .element: item.element.map { elementReasons($0.part) } ?? []
        case .article, .aggravation, .right:
            item.mark == .extra ? notAppliedReasons(item.option) : provisionReasons(item.option)
        }
    }

    private func elementReasons(_ part: PalermoPart) -> [CitedReason] {
        result.explanation.filter { $0.provisionID.isPalermoDefinition && $0.element == part.rawValue }.map(Self.reason)
    }

    /// The national reasoning: what met or failed each offence's elements, and any open fork.
    private func verdictReasons() -> [CitedReason] {
        let national = result.explanation.filter { line in
            !line.provisionID.isPalermoDefinition && line.element != "aggravation"
                && line.status != .unknown && !ProvisionCatalogue.provision(line.provisionID).isVictimRight(in: rights)
        }
        let forks = (result.national.fork?.alternatives ?? []).map { alt in
            CitedReason(text: Bilingual(id: "Bila \(alt.when.id): \(alt.articles.joined(separator: ", ")).",
                                        en: "If \(alt.when.en): \(alt.articles.joined(separator: ", "))."),
                        citation: alt.penaltyProvision ?? alt.articles.joined(separator: ", "),
                        source: alt.articles.compactMap { ProvisionCatalogue.provision(articleCitedAs: $0)?.source }.joined(separator: "; "))
        }
        return Array(national.prefix(6).map(Self.reason)) + forks
    }

    /// The engine's lines on this provision; if it wrote none (most rights), the provision's own
    /// summary from the table.
    private func provisionReasons(_ citation: String) -> [CitedReason] {
        let lines = result.explanation.filter { ProvisionCatalogue.provision($0.provisionID).articleCitation == citation }
        if !lines.isEmpty { return lines.map(Self.reason) }
        guard let p = ProvisionCatalogue.provision(articleCitedAs: citation) else { return [] }
        return [CitedReason(text: p.summary, citation: p.citation, source: p.source)]
    }

    /// Why a provision chosen wrongly does not apply: the engine's lines on it where it wrote
    /// some (an element not met), else that the engine did not apply it, with whether it was in
    /// force on the day of the acts, and what the provision says.
    private func notAppliedReasons(_ citation: String) -> [CitedReason] {
        let lines = result.explanation.filter { ProvisionCatalogue.provision($0.provisionID).articleCitation == citation }
        if !lines.isEmpty { return lines.map(Self.reason) }
        guard let p = ProvisionCatalogue.provision(articleCitedAs: citation) else { return [] }
        var why = Bilingual(id: "Mesin hukum tidak menerapkan pasal ini pada fakta studi ini.",
                            en: "The law engine does not apply this provision to this study's facts.")
        if let day = result.assessed.date, !p.inForce.contains(day) {
            let until = p.inForce.until.map { " (\($0))" } ?? ""
            why = Bilingual(id: why.id + " Pasal ini tidak berlaku pada tanggal perbuatan\(until).",
                            en: why.en + " It was not in force on the day of the acts\(until).")
        }
        return [CitedReason(text: Bilingual(id: why.id + " " + p.summary.id, en: why.en + " " + p.summary.en),
                            citation: p.citation, source: p.source)]
    }

    private static func reason(_ line: ExplanationLine) -> CitedReason {
        CitedReason(text: Bilingual(id: line.id, en: line.en), citation: line.provision,
                    source: ProvisionCatalogue.provision(line.provisionID).source)
    }
}

extension ProvisionCatalogue {
    /// The first provision of an article (`UU 21/2007 Pasal 7` finds ayat (1)).
    static func provision(articleCitedAs citation: String) -> Provision? {
        provision(citedAs: citation) ?? all.first { $0.articleCitation == citation }
    }
}

extension Provision {
    func isVictimRight(in rights: Set<String>) -> Bool { rights.contains(articleCitation) }
}
