/// UU 21/2007 offences, Pasal 2–6 and 9–12 (legal-facts §2.3). Pasal 2 was revoked on
/// 2 January 2026 (KUHP Pasal 622 ayat (1) huruf q); its substance is now KUHP Pasal 455.
enum UU21Offences {
    static let pasal2InForce = InForce(from: LegalCalendar.uu21InForce, until: LegalCalendar.uu21Pasal2LastDay)
    private static let core = Penalty.uu21Core
    private static let sbmi = "sbmi.or.id \"ancaman-pidana-bagi-pelaku-tindak-pidana-perdagangan-orang\""
    private static let cumulativeAssumed = ("Legal-facts tidak menyebut apakah denda kumulatif; ditampilkan kumulatif seperti Pasal 2–6.",
                                            "Legal-facts does not say whether the fine is cumulative; shown as cumulative like Pasal 2–6.")

    static let all: [Provision] = [
        .uu21(.uu21P2a1, "2", "ayat (1)", title: ("Perdagangan orang untuk dieksploitasi di Indonesia", "Trafficking for exploitation in Indonesia"),
              summary: ("Salah satu dari enam perbuatan, dengan salah satu cara yang disebut, walaupun memperoleh persetujuan, "
                        + "untuk tujuan mengeksploitasi orang itu di wilayah Indonesia.",
                        "Any of the six acts, by any of the listed means, even with consent, for the purpose of exploiting "
                        + "the person in Indonesia."),
              penalty: core, inForce: pasal2InForce,
              source: "\(sbmi); ambarsanlawfirm.com; indometro.org 2025; advokatkonstitusi.com", confidence: .high),
        .uu21(.uu21P2a2, "2", "ayat (2)", title: ("Perdagangan orang yang mengakibatkan eksploitasi", "Trafficking that results in exploitation"),
              summary: ("Perbuatan Pasal 2 ayat (1) yang mengakibatkan orang tereksploitasi; pidana sama.",
                        "The Pasal 2(1) conduct actually results in exploitation; the same penalty."),
              penalty: core, inForce: pasal2InForce,
              source: "unverified; prosecutors charge \"Pasal 2 ayat (1) dan (2)\" (gotimes.id)", confidence: .medium),
        .uu21(.uu21P3, "3", title: ("Memasukkan orang ke Indonesia", "Bringing a person into Indonesia"),
              summary: ("Memasukkan orang ke wilayah Indonesia untuk dieksploitasi di Indonesia atau di negara lain.",
                        "Bringing a person into Indonesia to be exploited in Indonesia or in another country."),
              penalty: core, source: sbmi, confidence: .high),
        .uu21(.uu21P4, "4", title: ("Membawa WNI ke luar Indonesia", "Taking an Indonesian citizen abroad"),
              summary: ("Membawa warga negara Indonesia ke luar wilayah Indonesia untuk dieksploitasi di luar negeri.",
                        "Taking an Indonesian citizen (WNI) out of Indonesia to be exploited abroad."),
              penalty: core, source: sbmi, confidence: .high),
        .uu21(.uu21P5, "5", title: ("Pengangkatan anak untuk dieksploitasi", "Adoption of a child for exploitation"),
              summary: ("Mengangkat anak dengan menjanjikan atau memberikan sesuatu dengan maksud untuk dieksploitasi.",
                        "Adopting a child by promising or giving something, with intent to exploit."),
              penalty: core, source: "paulsinlaeloe.blogspot.com 2018/03 (quotes the article)", confidence: .high),
        .uu21(.uu21P6, "6", title: ("Pengiriman anak", "Sending a child"),
              summary: ("Mengirim anak ke dalam atau ke luar negeri dengan cara apa pun yang mengakibatkan anak itu tereksploitasi.",
                        "Sending a child into or out of the country by any means that results in the child being exploited."),
              penalty: core, source: "indometro.org 2025; applied within Indonesia in Putusan MA 2014 K/Pid.Sus/2026",
              confidence: .mediumHigh),
        .uu21(.uu21P9, "9", title: ("Penggerakan yang tidak terlaksana", "Failed incitement"),
              summary: ("Berusaha menggerakkan orang lain melakukan TPPO, dan TPPO itu tidak terjadi.",
                        "Trying to move another person to commit trafficking, where the trafficking does not take place."),
              penalty: Penalty(prisonYearsMin: 1, prisonYearsMax: 6, fineMinRp: 40 * Penalty.juta, fineMaxRp: 240 * Penalty.juta, cumulative: true),
              source: "Paul SinlaEloE, \"Mislukte uitlokking…\" (id.scribd.com/document/440253034)", confidence: .high,
              caveat: cumulativeAssumed),
        .uu21(.uu21P10, "10", title: ("Membantu atau percobaan", "Assisting or attempting"),
              summary: ("Membantu atau mencoba melakukan TPPO dipidana sama dengan Pasal 2–6, tanpa pengurangan sepertiga.",
                        "Assisting or attempting trafficking carries the penalty of Pasal 2–6, with no one-third reduction."),
              source: "proceedings.unimal.ac.id/micolls/article/view/90", confidence: .high,
              caveat: ("Keyakinan tinggi untuk percobaan; sedang untuk kata-kata tentang membantu.",
                       "High confidence for attempt; medium for the wording on assisting.")),
        .uu21(.uu21P11, "11", title: ("Perencanaan atau permufakatan jahat", "Planning or conspiracy"),
              summary: ("Merencanakan atau bermufakat jahat melakukan TPPO dipidana sama dengan pelaku.",
                        "Planning or conspiring to commit trafficking carries the perpetrator's penalty."),
              source: "unverified; Pasal 11 cited in a court case (garuda 5361482)", confidence: .medium),
        .uu21(.uu21P12, "12", title: ("Memanfaatkan korban", "Using a trafficking victim"),
              summary: ("Menggunakan atau memanfaatkan korban TPPO: bersetubuh atau berbuat cabul dengan korban, "
                        + "mempekerjakan korban untuk meneruskan eksploitasi, atau mengambil keuntungan dari hasil TPPO.",
                        "Using or benefiting from a trafficking victim: intercourse or obscene acts with the victim, "
                        + "employing the victim to continue the exploitation, or profiting from the proceeds."),
              source: "scite.ai report on \"keadilan restoratif…\" (paraphrase, max 15 yrs); unverified", confidence: .medium),
    ]
}
