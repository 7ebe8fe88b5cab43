/// The child-protection law (UU 23/2002 as amended by UU 35/2014) beside UU 21/2007: the offences
/// prosecutors charge alongside trafficking when the victim is a child (legal-facts §3.5).
/// Each entry pairs the prohibition (Pasal 76F, 76I) with the article that punishes it (83, 88),
/// cited "jo." as indictments do.
enum ChildProtectionProvisions {
    /// Pasal 83: 3–15 years and a fine of Rp60 juta (max Rp300 juta, medium confidence).
    static let penalty83 = Penalty(prisonYearsMin: 3, prisonYearsMax: 15, fineMinRp: 60 * Penalty.juta,
                                   fineMaxRp: 300 * Penalty.juta, cumulative: true)
    /// Pasal 88: at most 10 years and/or at most Rp200 juta ("and/or": the court may choose).
    static let penalty88 = Penalty(prisonYearsMin: nil, prisonYearsMax: 10, fineMinRp: nil,
                                   fineMaxRp: 200 * Penalty.juta, cumulative: false)
    private static let inForce = InForce(from: nil, until: nil)
    private static let dayNotRecorded = "Tanggal berlakunya UU 35/2014 tidak tercatat dalam legal-facts; perbuatan sebelumnya "
        + "tunduk pada UU 23/2002 semula."
    private static let dayNotRecordedEN = "The day UU 35/2014 took effect is not recorded in legal-facts; earlier acts fall "
        + "under UU 23/2002 as first enacted."

    static let all: [Provision] = [
        Provision(id: .uu35P76F83, statute: .uu35, article: "76F jo. Pasal 83", part: nil,
                  title: Bilingual(id: "Penculikan, penjualan, dan/atau perdagangan anak", en: "Abduction, sale and/or trafficking of a child"),
                  summary: Bilingual(
                    id: "Pasal 76F melarang menempatkan, membiarkan, melakukan, menyuruh melakukan, atau turut serta melakukan "
                        + "penculikan, penjualan, dan/atau perdagangan anak; Pasal 83 memidananya 3–15 tahun dan denda. "
                        + "Tidak ada unsur cara.",
                    en: "Pasal 76F prohibits placing, allowing, committing, ordering or taking part in the abduction, sale "
                        + "and/or trafficking of a child; Pasal 83 punishes it with 3–15 years and a fine. No means is required."),
                  penalty: penalty83, inForce: inForce, source: "indometro.org 2025; bpsdm.kemenkumham.go.id (legal-facts §3.5)",
                  confidence: .high,
                  caveat: Bilingual(id: "Denda paling banyak Rp300 juta: keyakinan sedang, belum diverifikasi. " + dayNotRecorded,
                                    en: "The Rp300 million maximum fine: medium confidence, unverified. " + dayNotRecordedEN)),
        Provision(id: .uu35P76I88, statute: .uu35, article: "76I jo. Pasal 88", part: nil,
                  title: Bilingual(id: "Eksploitasi ekonomi atau seksual terhadap anak", en: "Economic or sexual exploitation of a child"),
                  summary: Bilingual(
                    id: "Pasal 76I melarang menempatkan, membiarkan, melakukan, menyuruh melakukan, atau turut serta melakukan "
                        + "eksploitasi ekonomi dan/atau seksual terhadap anak; Pasal 88 memidananya.",
                    en: "Pasal 76I prohibits placing, allowing, committing, ordering or taking part in the economic and/or "
                        + "sexual exploitation of a child; Pasal 88 punishes it."),
                  penalty: penalty88, inForce: inForce, source: "lampung.tribunnews 2025 (charged together with TPPO) (legal-facts §3.5)",
                  confidence: .medium,
                  caveat: Bilingual(id: "Pidana paling lama 10 tahun dan/atau Rp200 juta belum diverifikasi (legal-facts §7 butir 12). "
                                        + dayNotRecorded,
                                    en: "The penalty of at most 10 years and/or Rp200 million is unverified (legal-facts §7 item 12). "
                                        + dayNotRecordedEN)),
    ]
}
