/// The new criminal code (KUHP, UU 1/2023, in force 2 January 2026) and the penal adjustment
/// law UU 1/2026, as read in 2025–2026 Supreme Court decisions (legal-facts §2.9).
enum KUHPProvisions {
    static let kuhpInForce = InForce(from: LegalCalendar.kuhpInForce, until: nil)
    private static let decisions455 = "Putusan MA 11 PK/Pid.Sus/2026; MA 253 K/Pid.Sus/2026; MA 806 PK/Pid.Sus/2026; "
        + "PN Tapaktuan 3/Pid.Sus/2026/PN Ttn"
    private static let penaltyDecisions = "Putusan MA 11 PK/Pid.Sus/2026; MA 1297 K/Pid.Sus/2026"
    /// UU 1/2026 Pasal VII angka 40: at most 15 years or a fine of at most category VII (Rp5 miliar).
    static let penalty455 = Penalty(prisonYearsMin: nil, prisonYearsMax: 15, fineMinRp: nil,
                                    fineMaxRp: 5 * Penalty.miliar, cumulative: false)
    private static let minimumSplit = Bilingual(
        id: "Majelis MA berbeda pendapat apakah minimum 3 tahun masih berlaku (MA 684 K/Pid.Sus/2026: ya; "
            + "MA 692 PK, 2410 K, 2854 K/Pid.Sus/2026: tidak). Tanggal mulai berlakunya UU 1/2026 tidak tercatat.",
        en: "Supreme Court panels disagree whether the 3-year minimum survives (MA 684 K/Pid.Sus/2026: yes; "
            + "MA 692 PK, 2410 K, 2854 K/Pid.Sus/2026: no). The day UU 1/2026 took effect is not recorded.")

    static func kuhp(_ id: ProvisionID, _ article: String, _ part: String?, title: Bilingual, summary: Bilingual,
                     penalty: Penalty? = nil, source: String, caveat: Bilingual? = nil) -> Provision {
        Provision(id: id, statute: .kuhp, article: article, part: part, title: title, summary: summary, penalty: penalty,
                  inForce: kuhpInForce, source: source, confidence: .high, caveat: caveat)
    }

    static let all: [Provision] = [
        kuhp(.kuhp455a1, "455", "ayat (1)",
             title: Bilingual(id: "Perdagangan orang (KUHP baru)", en: "Trafficking in persons (new KUHP)"),
             summary: Bilingual(id: "Substansi bekas Pasal 2 ayat (1) UU 21/2007: perbuatan dan cara untuk tujuan eksploitasi.",
                                en: "The substance of former UU 21/2007 Pasal 2(1): acts and means for the purpose of exploitation."),
             penalty: penalty455, source: decisions455 + "; penalty: " + penaltyDecisions, caveat: minimumSplit),
        kuhp(.kuhp455a2, "455", "ayat (2)",
             title: Bilingual(id: "Perdagangan orang yang mengakibatkan eksploitasi", en: "Trafficking resulting in exploitation"),
             summary: Bilingual(id: "Substansi bekas Pasal 2 ayat (2): perbuatan itu mengakibatkan orang tereksploitasi.",
                                en: "The substance of former Pasal 2(2): the conduct results in exploitation."),
             penalty: penalty455, source: decisions455 + "; penalty: " + penaltyDecisions, caveat: minimumSplit),
        kuhp(.kuhp3, "3", nil,
             title: Bilingual(id: "Peraturan yang lebih ringan", en: "The lighter later law"),
             summary: Bilingual(id: "Bila peraturan berubah setelah perbuatan, diterapkan peraturan yang lebih menguntungkan pelaku.",
                                en: "If the law changes after the act, the law more favourable to the offender applies."),
             source: penaltyDecisions),
        kuhp(.kuhp622, "622", "ayat (1) huruf q",
             title: Bilingual(id: "Pencabutan Pasal 2 UU 21/2007", en: "Revocation of UU 21/2007 Pasal 2"),
             summary: Bilingual(id: "Mencabut Pasal 2 UU 21/2007; rujukan kepadanya diganti dengan KUHP Pasal 455 (ayat (9)). "
                                    + "Bagian lain UU 21/2007 tetap berlaku.",
                                en: "Revokes UU 21/2007 Pasal 2; references to it become KUHP Pasal 455 (ayat (9)). "
                                    + "The rest of UU 21/2007 stays in force."),
             source: decisions455),
        kuhp(.kuhp457, "457", nil,
             title: Bilingual(id: "Penyelundupan manusia", en: "People smuggling"),
             summary: Bilingual(id: "Penyelundupan manusia (Bab XX), bukan perdagangan orang.", en: "People smuggling (Bab XX), not trafficking."),
             source: "cekhukum.com"),
        Provision(id: .uu1of2026VII40, statute: .uu1of2026, article: "VII", part: "angka 40",
                  title: Bilingual(id: "Penyesuaian pidana Pasal 455", en: "Penalty adjustment of Pasal 455"),
                  summary: Bilingual(id: "Pidana Pasal 455 menjadi penjara paling lama 15 tahun atau denda paling banyak kategori VII "
                                         + "(Rp5 miliar): alternatif, tanpa minimum khusus.",
                                     en: "Pasal 455 becomes at most 15 years or a fine of at most category VII (Rp5 billion): "
                                         + "alternatives, with no special minimum."),
                  penalty: penalty455, inForce: kuhpInForce, source: penaltyDecisions, confidence: .high, caveat: minimumSplit),
    ]
}
