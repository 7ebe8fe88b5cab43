/// UU 21/2007 on protecting witnesses, victims and those who report (legal-facts §2.5, §2.7, §2.8),
/// for the public pages on victims' rights and on reporting. Confidence as legal-facts.md grades it.
enum UU21VictimProtection {
    private static let bab5 = "text-id.123dok.com/document/myjvnmx6y"
    private static let bab4 = "text-id.123dok.com/document/9yn7d9kkz"

    static let all: [Provision] = [
        .uu21(.uu21P24, "24", title: ("Membuka identitas saksi atau korban", "Revealing a witness's or victim's identity"),
              summary: ("Siapa pun yang memberitahukan identitas saksi atau korban padahal kepadanya telah diberitahukan bahwa "
                        + "identitas itu wajib dirahasiakan dipidana: penjara 3–7 tahun dan denda Rp120–280 juta menurut teks undang-undang.",
                        "Anyone who reveals the identity of a witness or victim after being told it must be kept confidential "
                        + "commits a crime: 3–7 years in prison and a fine of Rp120–280 million in the law's text."),
              source: "text-id.123dok.com/document/6zk1j6r4q", confidence: .high,
              caveat: ("UU 1/2026 menyesuaikan pidana undang-undang lain; penyesuaian untuk Pasal 24 tidak ditemukan dalam sumber kami.",
                       "UU 1/2026 adjusts the penalties of other laws; its adjustment of Pasal 24 was not found in our sources.")),
        .uu21(.uu21P43, "43", title: ("Perlindungan saksi dan korban", "Protection of witnesses and victims"),
              summary: ("Perlindungan saksi dan korban TPPO mengikuti undang-undang perlindungan saksi dan korban (UU 13/2006, "
                        + "diubah UU 31/2014), kecuali undang-undang ini menentukan lain.",
                        "Witnesses and victims of trafficking are protected under the witness and victim protection law "
                        + "(UU 13/2006, amended by UU 31/2014), unless this law provides otherwise."),
              source: bab4 + "; id.scribd.com/document/634560496", confidence: .high),
        .uu21(.uu21P45, "45", title: ("Ruang pelayanan khusus di kantor polisi", "A special service room at the police"),
              summary: ("Di setiap provinsi dan kabupaten/kota wajib dibentuk ruang pelayanan khusus (RPK) di kantor kepolisian "
                        + "untuk memeriksa saksi dan/atau korban.",
                        "Every province and kabupaten/kota must set up a special service room (RPK) at the police office where "
                        + "witnesses and victims are examined."),
              source: bab4, confidence: .high,
              caveat: ("Teks pasal yang tersedia terpotong; kewajibannya sendiri tercatat dengan keyakinan tinggi.",
                       "The available text of the article is cut off; the duty itself is recorded with high confidence.")),
        .uu21(.uu21P46, "46", title: ("Pusat pelayanan terpadu (PPT)", "Integrated service centres (PPT)"),
              summary: ("Di kabupaten/kota dibentuk pusat pelayanan terpadu bagi saksi dan/atau korban; tata caranya diatur "
                        + "PP 9/2008: rehabilitasi kesehatan dan sosial, pemulangan, reintegrasi sosial, bantuan hukum.",
                        "Each kabupaten/kota has an integrated service centre for witnesses and victims; PP 9/2008 sets its "
                        + "procedure: health and social rehabilitation, repatriation, social reintegration, legal aid."),
              source: "jdih.kemenkeu.go.id (PP 9/2008)", confidence: .high),
        .uu21(.uu21P47, "47", title: ("Perlindungan polisi bila terancam", "Police protection when threatened"),
              summary: ("Bila saksi, korban, atau keluarganya terancam jiwa, diri, atau hartanya, polisi wajib melindunginya "
                        + "sebelum, selama, dan sesudah pemeriksaan.",
                        "If witnesses, victims or their families are threatened in person, life or property, the police "
                        + "must protect them before, during and after examination."),
              source: "legal-facts.md §2.7 (not verified against the law's text)", confidence: .medium),
        .uu21(.uu21P49, "49", title: ("Cara mendapat restitusi", "How restitution is obtained"),
              summary: ("Restitusi diajukan sejak korban melapor ke polisi dan diproses bersama perkara pidananya; jaksa "
                        + "memberitahu korban haknya dan menyampaikan jumlah kerugian bersama tuntutan. Hakim mencantumkannya "
                        + "dalam putusan. Korban tetap boleh menggugat sendiri.",
                        "The claim starts when the victim reports to the police and is handled with the criminal case; the "
                        + "prosecutor tells the victim of the right and states the loss with the demand for sentence. The "
                        + "court writes it into the verdict. The victim may still sue separately."),
              source: "ejournal.unsrat.ac.id lexcrimen 28535", confidence: .high),
        .uu21(.uu21P50, "50", title: ("Bila restitusi tidak dibayar", "If restitution is not paid"),
              summary: ("Restitusi dibayar dalam 14 hari setelah putusan diberitahukan; bila tidak, pengadilan memerintahkan "
                        + "harta pelaku disita dan dilelang, dan pelaku yang tidak mampu membayar menjalani kurungan pengganti "
                        + "paling lama 1 tahun.",
                        "Restitution is due within 14 days of notice of the final decision; if unpaid, the court orders the "
                        + "offender's assets seized and auctioned, and an offender who cannot pay serves substitute "
                        + "confinement of at most 1 year."),
              source: "simburcahaya journal.fh.unsri.ac.id; legal-facts.md §2.7", confidence: .medium,
              caveat: ("Tenggat 14 hari dan kurungan paling lama 1 tahun belum diverifikasi pada teks undang-undang.",
                       "The 14-day deadline and the 1-year maximum confinement are not verified against the law's text.")),
        .uu21(.uu21P55, "55", title: ("Hak menurut undang-undang lain", "Rights under other laws"),
              summary: ("Korban tetap memperoleh hak-haknya menurut peraturan perundang-undangan lain.",
                        "Victims keep the rights other laws give them."),
              source: bab5, confidence: .high),
        .uu21(.uu21P60to63, "60–63", title: ("Peran serta masyarakat; pelapor dilindungi", "Community participation; reporters protected"),
              summary: ("Masyarakat dapat melaporkan TPPO; pelapor berhak atas perlindungan hukum dan kerahasiaan identitas.",
                        "Anyone may report trafficking; reporters have legal protection and the confidentiality of their identity."),
              source: "legal-facts.md §2.8 (not verified against the law's text)", confidence: .medium),
    ]
}
