/// Small helpers for writing explanation lines and lists of terms in both languages.
enum Explain {
    static func line(_ provision: ProvisionID, _ element: String, _ status: ElementStatus,
                     facts: [String], id: String, en: String) -> ExplanationLine {
        ExplanationLine(provisionID: provision, provision: ProvisionCatalogue.provision(provision).citation, element: element,
                        status: status, facts: facts, id: id, en: en)
    }

    /// "perekrutan, pengangkutan" / "recruitment, transportation".
    static func terms<C: FactCode>(_ codes: [C]) -> Bilingual {
        Bilingual(id: codes.map { $0.term.id }.joined(separator: ", "), en: codes.map { $0.term.en }.joined(separator: ", "))
    }

    static func terms<C: FactCode>(_ codes: [C]?, in set: Set<C>) -> Bilingual {
        terms((codes ?? []).filter(set.contains))
    }
}
