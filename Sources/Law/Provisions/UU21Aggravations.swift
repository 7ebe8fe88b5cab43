/// UU 21/2007 aggravations, Pasal 7, 8, 16, 17 (legal-facts §2.4). How "a third added" is
/// computed and whether several aggravations stack is unsettled; the engine shows the readings.
enum UU21Aggravations {
    private static let resJudicata = "id.scribd.com/document/634560496 (Res Judicata vol. 2 no. 1 2019); indometro.org"
    private static let lawText = "text-id.123dok.com/document/ozl12v0oy (law text)"

    static let all: [Provision] = [
        .uu21(.uu21P7a1, "7", "ayat (1)", title: ("Akibat berat bagi korban", "Grave consequences for the victim"),
              summary: ("Bila korban menderita luka berat, gangguan jiwa berat, penyakit menular yang membahayakan jiwa, "
                        + "kehamilan, atau terganggu/hilangnya fungsi reproduksi, pidananya ditambah sepertiga.",
                        "If the victim suffers serious injury, severe mental disorder, a life-threatening infectious "
                        + "disease, pregnancy, or loss or disruption of reproductive function, the penalty is increased by a third."),
              source: resJudicata, confidence: .high,
              caveat: ("Pasal dasarnya: Pasal 2 ayat (2), 3, 4, 5, 6 menurut ingatan atas teks; satu sumber menulis Pasal 2 ayat (1) "
                       + "(keyakinan sedang).",
                       "Its base offences: Pasal 2 ayat (2), 3, 4, 5, 6 as recalled; one source writes Pasal 2 ayat (1) (medium).")),
        .uu21(.uu21P7a2, "7", "ayat (2)", title: ("Korban meninggal", "Death of the victim"),
              summary: ("Bila TPPO mengakibatkan matinya korban: penjara 5 tahun sampai seumur hidup, denda Rp200 juta sampai Rp5 miliar.",
                        "If trafficking causes the victim's death: 5 years to life, fine Rp200 million to Rp5 billion."),
              penalty: Penalty(prisonYearsMin: 5, prisonYearsMax: nil, life: true,
                               fineMinRp: 200 * Penalty.juta, fineMaxRp: 5 * Penalty.miliar, cumulative: true),
              source: "\(resJudicata); flipbuilder (Poppy Andi Lolo, \"Rp5.000.000.000\")", confidence: .high,
              caveat: ("Legal-facts tidak menyebut apakah denda kumulatif; ditampilkan kumulatif seperti Pasal 2–6.",
                       "Legal-facts does not say whether the fine is cumulative; shown as cumulative like Pasal 2–6.")),
        .uu21(.uu21P8a1, "8", "ayat (1)", title: ("Penyelenggara negara", "State official"),
              summary: ("Penyelenggara negara yang menyalahgunakan kekuasaan sehingga terjadi TPPO Pasal 2–6: pidana ditambah sepertiga.",
                        "A state official who abuses power so that trafficking under Pasal 2–6 occurs: the penalty is increased by a third."),
              source: "indometro.org 2025 (summary); paulsinlaeloe.blogspot.com 2018/04", confidence: .high),
        .uu21(.uu21P8a2, "8", "ayat (2)", title: ("Pemberhentian tidak dengan hormat", "Dishonourable dismissal"),
              summary: ("Pidana tambahan pemberhentian secara tidak dengan hormat dapat dijatuhkan, dicantumkan dalam putusan yang sama.",
                        "An additional penalty of dishonourable dismissal may be imposed, stated in the same verdict."),
              source: "indometro.org 2025; paulsinlaeloe.blogspot.com 2018/04", confidence: .high,
              caveat: ("Pembagian ke dalam ayat: keyakinan sedang.", "The split into ayat: medium confidence.")),
        .uu21(.uu21P16, "16", title: ("Kelompok yang terorganisasi", "Organised group"),
              summary: ("TPPO oleh kelompok yang terorganisasi: setiap pelaku dipidana dengan pidana Pasal 2 ditambah sepertiga.",
                        "Trafficking by an organised group: each member gets the Pasal 2 penalty increased by a third."),
              source: lawText, confidence: .high),
        .uu21(.uu21P17, "17", title: ("Korban anak", "Child victim"),
              summary: ("TPPO Pasal 2, 3 atau 4 terhadap anak: pidana ditambah sepertiga (tidak untuk Pasal 5–6 yang sudah khusus anak).",
                        "Trafficking under Pasal 2, 3 or 4 against a child: the penalty is increased by a third "
                        + "(not Pasal 5–6, which are already about children)."),
              source: lawText, confidence: .high),
    ]
}
