/// UU 21/2007 victims' rights, Pasal 44, 48, 51–54 (legal-facts §2.7).
enum UU21VictimRights {
    private static let bab5 = "text-id.123dok.com/document/myjvnmx6y"

    static let all: [Provision] = [
        .uu21(.uu21P44, "44", title: ("Kerahasiaan identitas", "Confidentiality of identity"),
              summary: ("Saksi dan/atau korban berhak atas kerahasiaan identitas; juga keluarganya sampai derajat kedua "
                        + "bila terancam karena kesaksiannya.",
                        "Witnesses and victims have the right to confidentiality of identity; so do family up to the second "
                        + "degree if threatened because of the testimony."),
              source: "text-id.123dok.com/document/9yn7d9kkz", confidence: .high),
        .uu21(.uu21P48, "48", title: ("Restitusi", "Restitution"),
              summary: ("Setiap korban atau ahli warisnya berhak atas restitusi: kehilangan kekayaan atau penghasilan, "
                        + "penderitaan, biaya perawatan medis dan/atau psikologis, kerugian lain akibat TPPO.",
                        "Every victim or heir has the right to restitution: lost property or income, suffering, costs of "
                        + "medical and/or psychological treatment, other losses caused by the trafficking."),
              source: "ejournal.unsrat.ac.id lexcrimen 28535; journal.uib.ac.id (Pasal 48–50)", confidence: .high),
        .uu21(.uu21P51, "51", title: ("Rehabilitasi, pemulangan, reintegrasi", "Rehabilitation, repatriation, reintegration"),
              summary: ("Korban yang menderita fisik atau psikis berhak atas rehabilitasi kesehatan, rehabilitasi sosial, "
                        + "pemulangan, dan reintegrasi sosial dari pemerintah.",
                        "A victim who suffers physically or psychologically has the right to health and social "
                        + "rehabilitation, repatriation and social reintegration from the government."),
              source: "\(bab5); 103.247.176.188 abstract", confidence: .high),
        .uu21(.uu21P52, "52", title: ("Layanan dalam 7 hari; rumah perlindungan", "Services within 7 days; shelters"),
              summary: ("Menteri atau instansi terkait wajib memberi layanan itu paling lambat 7 hari sejak permohonan; "
                        + "pemerintah membentuk rumah perlindungan sosial atau pusat trauma.",
                        "The minister or agency must provide these services within 7 days of the request; government "
                        + "sets up social protection homes or trauma centres."),
              source: bab5, confidence: .high),
        .uu21(.uu21P53, "53", title: ("Pertolongan pertama", "First aid"),
              summary: ("Korban yang mengalami trauma atau penyakit yang membahayakan dirinya dan perlu pertolongan segera "
                        + "wajib diberi pertolongan pertama paling lambat 7 hari sejak permohonan.",
                        "A victim with trauma or an illness that endangers them and needs urgent help must get first aid "
                        + "within 7 days of the request."),
              source: bab5, confidence: .high),
        .uu21(.uu21P54a1, "54", "ayat (1)", title: ("Korban di luar negeri", "Victim abroad"),
              summary: ("Pemerintah melalui perwakilan RI melindungi korban di luar negeri dan mengupayakan pemulangannya atas biaya negara.",
                        "The government, through its missions, protects a victim abroad and works to repatriate them at state expense."),
              source: bab5, confidence: .high),
        .uu21(.uu21P54a2, "54", "ayat (2)", title: ("Korban WNA di Indonesia", "Foreign victim in Indonesia"),
              summary: ("Untuk korban warga negara asing di Indonesia, pemerintah mengupayakan perlindungan dan pemulangan "
                        + "bersama perwakilan negaranya.",
                        "For a foreign victim in Indonesia, the government seeks protection and repatriation with that "
                        + "state's mission."),
              source: bab5, confidence: .high),
    ]
}
