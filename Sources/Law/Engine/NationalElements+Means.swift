extension FactView {
    /// The national means list: no "other forms of coercion", and no exception for children.
    func checkNationalMeans(provision: ProvisionID) -> ElementResult {
        if means == nil, let staged = inchoate(provision, "means") { return staged }
        let t = means(in: ElementLists.nationalMeans)
        guard explains else { return .unexplained(t, provision, "means", ["means"]) }
        let line: ExplanationLine
        switch t {
        case .yes:
            let names = Explain.terms(means, in: ElementLists.nationalMeans)
            line = Explain.line(provision, "means", .met, facts: ["means"], id: "Cara: \(names.id).", en: "Means: \(names.en).")
        case .no:
            var id = "Tidak ada cara yang disebut UU 21/2007."
            var en = "None of the means listed in UU 21/2007."
            if means?.contains(.otherCoercion) == true {
                id += " \"Bentuk paksaan lain\" hanya ada di Palermo, tidak dalam daftar nasional."
                en += " \"Other forms of coercion\" is a Palermo limb, not on the national list."
            }
            if child == .yes {
                id += " UU 21/2007 tidak membebaskan korban anak dari unsur cara pada pasal ini (berbeda dengan Palermo Pasal 3(c))."
                en += " UU 21/2007 does not waive the means for a child under this article (unlike Palermo Art. 3(c))."
            }
            line = Explain.line(provision, "means", .notMet, facts: ["means"], id: id, en: en)
        case .unknown:
            line = Explain.line(provision, "means", .unknown, facts: ["means"], id: "Cara belum diketahui.", en: "The means are not known.")
        }
        return ElementResult(value: t, line: line)
    }

    /// Pasal 6 "pengiriman": the act code `sending`. Transporting or transferring a child is a
    /// different act in the statute's list, so it does not count; the explanation says what to record.
    func checkChildSent(provision: ProvisionID) -> ElementResult {
        if !explains { return .unexplained(acts.map { Tri($0.contains(.sending)) } ?? .unknown, provision, "act", ["acts"]) }
        guard let acts else {
            return ElementResult(value: .unknown, line: Explain.line(provision, "act", .unknown, facts: ["acts"],
                id: "Perbuatan belum diketahui.", en: "The act is not known."))
        }
        if acts.contains(.sending) {
            return ElementResult(value: .yes, line: Explain.line(provision, "act", .met, facts: ["acts"],
                id: "Orang itu dikirim (pengiriman).", en: "The person was sent (pengiriman)."))
        }
        let moved = acts.contains(.transportation) || acts.contains(.transfer)
        return ElementResult(value: .no, line: Explain.line(provision, "act", .notMet, facts: ["acts"],
            id: moved ? "Orang itu diangkut atau dipindahkan, bukan dikirim; catat \"sending\" bila ia dikirim (pengiriman)."
                : "Orang itu tidak dikirim (pengiriman).",
            en: moved ? "The person was transported or transferred, not sent; record \"sending\" if they were sent (pengiriman)."
                : "The person was not sent (pengiriman)."))
    }
}
