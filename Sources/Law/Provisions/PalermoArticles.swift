/// Palermo Protocol (2000), as summarised in legal-facts §1. Indonesia signed it on
/// 12 December 2000 [medium] and ratified it in 2009 (UU 14/2009, number [medium]).
enum PalermoArticles {
    static let sources = "ungift.org; IOM Nigeria terminology page; ecpat.org.uk; UNODC text (wunrn.com)"
    static let always = InForce(from: nil, until: nil)

    static let all: [Provision] = [
        Provision(id: .palermo3a, statute: .palermo, article: "3", part: "(a)",
                  title: Bilingual(id: "Definisi perdagangan orang", en: "Definition of trafficking in persons"),
                  summary: Bilingual(
                    id: "Perbuatan (perekrutan, pengangkutan, pemindahan, penampungan, penerimaan) dengan cara "
                        + "(ancaman atau kekerasan, paksaan lain, penculikan, kecurangan, penipuan, penyalahgunaan kekuasaan "
                        + "atau posisi rentan, bayaran kepada pengendali) untuk tujuan eksploitasi, yang sekurang-kurangnya "
                        + "mencakup eksploitasi pelacuran atau seksual, kerja paksa, perbudakan, penghambaan, pengambilan organ.",
                    en: "An act (recruitment, transportation, transfer, harbouring, receipt) by a means (threat or use of "
                        + "force, other coercion, abduction, fraud, deception, abuse of power or of vulnerability, payments to "
                        + "a controller) for the purpose of exploitation, which at a minimum includes prostitution or other "
                        + "sexual exploitation, forced labour, slavery or similar practices, servitude, removal of organs."),
                  penalty: nil, inForce: always, source: sources, confidence: .high, caveat: nil),
        Provision(id: .palermo3b, statute: .palermo, article: "3", part: "(b)",
                  title: Bilingual(id: "Persetujuan korban tidak relevan", en: "Consent irrelevant"),
                  summary: Bilingual(id: "Persetujuan korban tidak relevan bila salah satu cara dalam 3(a) digunakan.",
                                     en: "The victim's consent is irrelevant once any Art. 3(a) means is used."),
                  penalty: nil, inForce: always, source: sources, confidence: .high, caveat: nil),
        Provision(id: .palermo3c, statute: .palermo, article: "3", part: "(c)",
                  title: Bilingual(id: "Aturan anak", en: "The child rule"),
                  summary: Bilingual(id: "Untuk anak, perbuatan dan tujuan eksploitasi sudah cukup; cara tidak diperlukan.",
                                     en: "For a child, act and exploitative purpose are enough; no means is needed."),
                  penalty: nil, inForce: always, source: sources, confidence: .high, caveat: nil),
        Provision(id: .palermo3d, statute: .palermo, article: "3", part: "(d)",
                  title: Bilingual(id: "Anak", en: "Child"),
                  summary: Bilingual(id: "Anak adalah setiap orang di bawah 18 tahun.", en: "A child is any person under 18."),
                  penalty: nil, inForce: always, source: sources, confidence: .high, caveat: nil),
        Provision(id: .palermo5, statute: .palermo, article: "5", part: nil,
                  title: Bilingual(id: "Kriminalisasi", en: "Criminalization"),
                  summary: Bilingual(
                    id: "Negara wajib memidana perbuatan Pasal 3 yang disengaja, percobaan, turut serta sebagai pembantu, "
                        + "dan mengorganisasi atau menyuruh orang lain melakukannya.",
                    en: "States must criminalize intentional Art. 3 conduct, attempt, participation as an accomplice, and "
                        + "organizing or directing others to commit it."),
                  penalty: nil, inForce: always, source: "UNODC E4J module 9", confidence: .high, caveat: nil),
        Provision(id: .palermo6, statute: .palermo, article: "6", part: nil,
                  title: Bilingual(id: "Bantuan dan perlindungan korban", en: "Assistance and protection of victims"),
                  summary: Bilingual(
                    id: "Privasi dan identitas korban dilindungi; informasi tentang proses hukum; pemulihan fisik, "
                        + "psikologis dan sosial; keselamatan; kemungkinan kompensasi.",
                    en: "Victims' privacy and identity protected; information on proceedings; physical, psychological "
                        + "and social recovery; physical safety; the possibility of compensation."),
                  penalty: nil, inForce: always, source: "UNODC E4J module 8", confidence: .high,
                  caveat: Bilingual(id: "Ayat-ayat setelah 6(3): keyakinan sedang.", en: "Paragraphs after 6(3): medium confidence.")),
        Provision(id: .palermo8, statute: .palermo, article: "8", part: nil,
                  title: Bilingual(id: "Pemulangan korban", en: "Repatriation of victims"),
                  summary: Bilingual(
                    id: "Negara kewarganegaraan memfasilitasi dan menerima kepulangan korban tanpa penundaan, "
                        + "dengan memperhatikan keselamatan, sebaiknya secara sukarela.",
                    en: "The state of nationality facilitates and accepts the victim's return without undue delay, "
                        + "with regard for safety, preferably voluntarily."),
                  penalty: nil, inForce: always, source: "Protocol text with annotation (th4.ilovetranslation); baliprocess-rso-roadmap.net",
                  confidence: .high, caveat: nil),
    ]
}
