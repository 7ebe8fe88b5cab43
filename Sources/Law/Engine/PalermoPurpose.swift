/// The purpose element of Palermo Art. 3(a), with the two readings legal-facts §1.1a records:
/// forced criminality is forced labour or services, and illegal adoption is a practice similar to
/// slavery when it is done with a view to exploitation (1956 Convention Art. 1(d)).
extension PalermoTest {
    static func purpose(_ v: FactView) -> (Tri, [ExplanationLine]) {
        let named = v.purpose(in: ElementLists.palermoPurposes)
        let facts = ["exploitation"]
        if named == .yes {
            let terms = Explain.terms(v.types, in: ElementLists.palermoPurposes)
            return (.yes, [Explain.line(.palermo3a, "purpose", .met, facts: facts,
                id: "Tujuan eksploitasi: \(terms.id).", en: "Purpose of exploitation: \(terms.en).")])
        }
        if v.purpose(in: ElementLists.palermoForcedServicesReading) == .yes {
            return (.yes, [Explain.line(.palermo3a, "purpose", .met, facts: facts,
                id: "Dipaksa melakukan tindak pidana untuk pelaku: kerja atau pelayanan paksa. Konvensi ILO 29 Pasal 2 tidak "
                    + "mengecualikan pekerjaan yang melanggar hukum; Direktif UE 2011/36 Pasal 2(3) menyebut eksploitasi kegiatan kriminal.",
                en: "Forced to commit offences for the trafficker: forced labour or services. ILO C29 Art. 2 makes no exception "
                    + "for unlawful work; EU Directive 2011/36 Art. 2(3) names the exploitation of criminal activities.")])
        }
        if v.facts.adoption.promiseOrPayment == true, v.child != .no {
            if v.status == .intended || v.status == .occurred {
                return (.yes, [Explain.line(.slavery1956Art1d, "purpose", .met, facts: ["adoption.promiseOrPayment", "exploitation"],
                    id: "Pengangkatan anak dengan janji atau imbalan, dengan maksud eksploitasi: praktik serupa perbudakan "
                        + "(Konvensi 1956 Pasal 1(d)), jadi termasuk Protokol (A/55/383/Add.1 para. 66).",
                    en: "Adoption of a child with a promise or payment, with a view to exploitation: a practice similar to slavery "
                        + "(1956 Convention Art. 1(d)), so within the Protocol (A/55/383/Add.1 para. 66).")])
            }
            if v.status == CaseFacts.ExploitationStatus.none {
                return (.no, [Explain.line(.slavery1956Art1d, "purpose", .notMet, facts: ["adoption.promiseOrPayment", "exploitation.status"],
                    id: "Pengangkatan anak demi imbalan tanpa maksud eksploitasi bukan praktik serupa perbudakan, jadi di luar "
                        + "Protokol (A/55/383/Add.1 para. 66).",
                    en: "Adoption for profit without a view to exploitation is not a practice similar to slavery, so it is outside "
                        + "the Protocol (A/55/383/Add.1 para. 66).")])
            }
        }
        switch named {
        case .no:
            let noneAtAll = v.status == CaseFacts.ExploitationStatus.none
            return (.no, [Explain.line(.palermo3a, "purpose", .notMet, facts: facts,
                id: noneAtAll ? "Tidak ada tujuan eksploitasi."
                    : "Jenis eksploitasi ini tidak ada dalam daftar minimum Pasal 3(a) (daftar itu terbuka, tetapi tidak mewajibkannya).",
                en: noneAtAll ? "There is no exploitative purpose."
                    : "This kind of exploitation is not on Art. 3(a)'s minimum list (the list is open, but does not require it).")])
        default:
            return (.unknown, [Explain.line(.palermo3a, "purpose", .unknown, facts: ["exploitation.types", "exploitation.status"],
                id: "Tujuan atau jenis eksploitasi belum diketahui.", en: "The purpose or kind of exploitation is not known.")])
        }
    }

    /// An adoption with a promise or payment is a handing-over of the child: the adopter receives it
    /// ("delivered … to another", 1956 Convention Art. 1(d)), whether or not the acts were recorded.
    static func adoptionAct(_ v: FactView) -> ExplanationLine? {
        guard v.facts.adoption.promiseOrPayment == true, v.child != .no else { return nil }
        return Explain.line(.slavery1956Art1d, "act", .met, facts: ["adoption.promiseOrPayment"],
            id: "Anak diserahkan untuk diangkat: penerimaan anak (Konvensi 1956 Pasal 1(d)).",
            en: "The child was handed over for adoption: receipt of the child (1956 Convention Art. 1(d)).")
    }
}
