extension FactView {
    /// UU 35/2014 Pasal 76I: the child was exploited, economically or sexually. The prohibition
    /// speaks of exploitation done, so a purpose alone does not meet it.
    func checkChildExploited(provision: ProvisionID) -> ElementResult {
        let kind = purpose(in: ElementLists.economicOrSexual)
        let t = Tri.all([kind, exploitationOccurred])
        let facts = ["exploitation"]
        guard explains else { return .unexplained(t, provision, "exploitation", t == .unknown ? ["exploitation.types", "exploitation.status"] : facts) }
        let line: ExplanationLine
        switch t {
        case .yes:
            let names = Explain.terms(types, in: ElementLists.economicOrSexual)
            line = Explain.line(provision, "exploitation", .met, facts: facts,
                id: "Anak dieksploitasi secara ekonomi atau seksual: \(names.id).", en: "The child was exploited economically or sexually: \(names.en).")
        case .no:
            line = Explain.line(provision, "exploitation", .notMet, facts: facts,
                id: kind == .no ? "Bukan eksploitasi ekonomi atau seksual." : "Eksploitasi belum terjadi; Pasal 76I memerlukan eksploitasi yang terjadi.",
                en: kind == .no ? "Not economic or sexual exploitation." : "The exploitation has not happened; Pasal 76I needs exploitation done.")
        case .unknown:
            line = Explain.line(provision, "exploitation", .unknown, facts: ["exploitation.types", "exploitation.status"],
                id: "Belum diketahui apakah anak sudah dieksploitasi secara ekonomi atau seksual.",
                en: "Whether the child was exploited economically or sexually is not known.")
        }
        return ElementResult(value: t, line: line)
    }

    /// For incitement, conspiracy and attempt, the record's stage already says that trafficking was
    /// what was incited, agreed or begun: an unrecorded act or means does not hold the answer back.
    func inchoate(_ provision: ProvisionID, _ element: String) -> ElementResult? {
        guard let stage, stage != .completed else { return nil }
        guard explains else { return .unexplained(.yes, provision, element, ["stage"], status: .notRequired) }
        let what = element == "act" ? ("perbuatan", "act") : ("cara", "means")
        return ElementResult(value: .yes, line: Explain.line(provision, element, .notRequired, facts: ["stage"],
            id: "Tahap \(stage.term.id): TPPO yang digerakkan, disepakati atau dicoba tidak perlu dirinci \(what.0)-nya.",
            en: "Stage \(stage.term.en): the \(what.1) of the trafficking incited, agreed or attempted need not be spelled out."))
    }
}
