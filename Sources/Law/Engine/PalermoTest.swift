/// Palermo Protocol Art. 3: act + means + purpose, or for a child act + purpose (Art. 3(c)).
struct PalermoTest {
    let verdict: PalermoVerdict
    let missing: [PalermoElement]
    let lines: [ExplanationLine]
    /// The verdict rests on the child rule (no means established).
    let childRoute: Bool
    /// Means established only through the "other forms of coercion" reading.
    let coercionReadingDecides: Bool
    let act: Tri, means: Tri, purpose: Tri

    init(_ v: FactView) {
        var lines: [ExplanationLine] = []
        // Act: one of the five verbs, actually done (an incitement or agreement alone is no act).
        let actTerms = Explain.terms(v.acts, in: ElementLists.palermoActs)
        if v.actsOnlyPlanned {
            act = .no
            lines.append(Explain.line(.palermo3a, "act", .notMet, facts: ["stage"],
                id: "Perbuatan belum terjadi: tahap \"\(v.stage?.term.id ?? "")\"; Pasal 3(a) memerlukan perbuatan yang dilakukan.",
                en: "No act took place: stage \"\(v.stage?.term.en ?? "")\"; Art. 3(a) needs an act done."))
        } else if actTerms.en.isEmpty, let adoption = PalermoTest.adoptionAct(v) {
            act = .yes
            lines.append(adoption)
        } else if v.acts == nil {
            act = .unknown
            lines.append(Explain.line(.palermo3a, "act", .unknown, facts: ["acts"],
                id: "Perbuatan belum diketahui.", en: "The act is not known."))
        } else if actTerms.en.isEmpty {
            act = .no
            let sendingOnly = v.has(.sending)
            lines.append(Explain.line(.palermo3a, "act", .notMet, facts: ["acts"],
                id: sendingOnly ? "Pengiriman tidak termasuk lima perbuatan Pasal 3(a); catat juga pengangkutan atau pemindahan bila itu terjadi."
                    : "Tidak ada perbuatan Pasal 3(a).",
                en: sendingOnly ? "Sending is not one of the five Art. 3(a) acts; record transportation or transfer too if that happened."
                    : "No Art. 3(a) act."))
        } else {
            act = .yes
            lines.append(Explain.line(.palermo3a, "act", .met, facts: ["acts"],
                id: "Perbuatan \(actTerms.id) memenuhi unsur perbuatan.", en: "The act of \(actTerms.en) meets the act element."))
        }

        // Purpose: Palermo's minimum list, and what the Protocol reaches beyond its words.
        let (purposeValue, purposeLines) = PalermoTest.purpose(v)
        purpose = purposeValue

        // Means: named means, or confinement/debt bondage read as "other forms of coercion".
        let named = v.means(in: ElementLists.palermoNamedMeans)
        let read = v.means(in: ElementLists.palermoCoercionReading)
        means = Tri.any([named, read])
        coercionReadingDecides = named != .yes && read == .yes
        let child = v.child
        childRoute = means != .yes && child == .yes
        var missing: [PalermoElement] = []
        if act != .yes { missing.append(.act) }
        if childRoute {
            lines.append(Explain.line(.palermo3c, "means", .notRequired, facts: ["victim.age"],
                id: "Korban anak (\(v.facts.victim.age ?? 0) tahun, di bawah 18: Pasal 3(d)); cara tidak diperlukan (Pasal 3(c)).",
                en: "The victim is a child (\(v.facts.victim.age ?? 0), under 18: Art. 3(d)); no means is needed (Art. 3(c))."))
        } else {
            lines.append(PalermoTest.meansLine(v, means, coercionReadingDecides))
            if means != .yes {
                missing.append(.means)
            }
        }
        lines += purposeLines
        if purpose != .yes { missing.append(.purpose) }
        // Age matters only when the means are not established: a child needs none.
        if means != .yes && child == .unknown {
            missing.append(.age)
            lines.append(Explain.line(.palermo3d, "age", .unknown, facts: ["victim.age"],
                id: "Umur korban belum diketahui; bila di bawah 18 tahun, cara tidak diperlukan.",
                en: "The victim's age is not known; under 18, no means would be needed."))
        }
        if v.facts.victim.consented == true, means == .yes || childRoute {
            lines.append(Explain.line(childRoute ? .palermo3c : .palermo3b, "consent", .notRequired, facts: ["victim.consented"],
                id: "Persetujuan korban tidak relevan.", en: "The victim's consent is irrelevant."))
        }
        let meansSatisfied: Tri = childRoute ? .yes : Tri.any([means, child == .yes ? .yes : (child == .no ? .no : .unknown)])
        switch Tri.all([act, purpose, meansSatisfied]) {
        case .yes: verdict = .trafficking
        case .no: verdict = .notTrafficking
        case .unknown: verdict = .undetermined
        }
        self.missing = missing
        self.lines = lines
    }

    private static func meansLine(_ v: FactView, _ means: Tri, _ readingDecides: Bool) -> ExplanationLine {
        let facts = ["means"]
        switch means {
        case .yes:
            let all = Explain.terms(v.means, in: ElementLists.palermoNamedMeans.union(ElementLists.palermoCoercionReading))
            return Explain.line(.palermo3a, "means", .met, facts: facts,
                id: "Cara: \(all.id)." + (readingDecides ? " Penyekapan dan penjeratan utang tidak disebut dalam Pasal 3(a); "
                    + "dibaca sebagai \"bentuk paksaan lain\" (bacaan mesin ini)." : ""),
                en: "Means: \(all.en)." + (readingDecides ? " Confinement and debt bondage are not named in Art. 3(a); "
                    + "read as \"other forms of coercion\" (this engine's reading)." : ""))
        case .no:
            return Explain.line(.palermo3a, "means", .notMet, facts: facts,
                id: v.means?.contains(.falsification) == true
                    ? "Tidak ada cara Pasal 3(a); pemalsuan dokumen saja tidak disebut di sana (catat penipuan bila korban ditipu)."
                    : "Tidak ada cara Pasal 3(a).",
                en: v.means?.contains(.falsification) == true
                    ? "No Art. 3(a) means; falsification alone is not named there (record deception if the victim was deceived)."
                    : "No Art. 3(a) means.")
        case .unknown:
            return Explain.line(.palermo3a, "means", .unknown, facts: facts,
                id: "Cara belum diketahui.", en: "The means are not known.")
        }
    }
}
