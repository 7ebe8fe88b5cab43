/// The witness and victim protection law as it stands for trafficking victims: UU 13/2006 as
/// amended by UU 31/2014, applied to TPPO by UU 21/2007 Pasal 43 (legal-facts §3.8). The day the
/// amendment took effect is not recorded, so no date in force is given.
enum LPSKProvisions {
    static func lpsk(_ id: ProvisionID, _ article: String, title: Bilingual, summary: Bilingual, source: String,
                     confidence: Confidence, caveat: Bilingual? = nil) -> Provision {
        Provision(id: id, statute: .lpsk, article: article, part: nil, title: title, summary: summary, penalty: nil,
                  inForce: InForce(from: nil, until: nil), source: source, confidence: confidence, caveat: caveat)
    }

    static let all: [Provision] = [
        lpsk(.lpskP5, "5",
             title: Bilingual(id: "Hak saksi dan korban", en: "Rights of witnesses and victims"),
             summary: Bilingual(id: "Antara lain perlindungan keamanan diri dan keluarga, identitas baru, tempat kediaman baru, "
                                    + "penerjemah, dan informasi tentang perkembangan kasus.",
                                en: "Among others: protection of the person and family, a new identity, relocation, an interpreter, "
                                    + "and information on how the case is going."),
             source: "kompasiana 2022 (a secondary list)", confidence: .medium,
             caveat: Bilingual(id: "Daftar lengkap Pasal 5 hanya terlihat dalam sumber sekunder.",
                               en: "The full list of Pasal 5 was seen only in a secondary source.")),
        lpsk(.lpskP6, "6",
             title: Bilingual(id: "Bantuan medis dan rehabilitasi", en: "Medical assistance and rehabilitation"),
             summary: Bilingual(id: "Korban TPPO berhak atas bantuan medis serta rehabilitasi psikososial dan psikologis melalui LPSK.",
                                en: "Trafficking victims are entitled to medical assistance and to psychosocial and psychological "
                                    + "rehabilitation through LPSK."),
             source: "m.tribunnews.com 2015-06-03 (LPSK chair); text-id.123dok.com 7qvm1831q", confidence: .high),
        lpsk(.lpskP7A, "7A",
             title: Bilingual(id: "Restitusi melalui LPSK", en: "Restitution through LPSK"),
             summary: Bilingual(id: "Korban TPPO berhak atas restitusi (juga UU 21/2007 Pasal 48); dalam putusan MA 2026 besarnya "
                                    + "sering dinilai oleh LPSK. Aturan pelaksananya: PP 7/2018 dan, untuk anak, PP 43/2017.",
                                en: "Trafficking victims are entitled to restitution (also UU 21/2007 Pasal 48); in 2026 Supreme Court "
                                    + "decisions LPSK often assessed the amount. Implementing rules: PP 7/2018 and, for children, PP 43/2017."),
             source: "m.tribunnews.com 2015-06-03; app.komp.as; Putusan MA 1206 PK, 306 PK, 643 PK/Pid.Sus/2026", confidence: .high),
    ]
}
