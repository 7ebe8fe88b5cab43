/// UU 21/2007 Pasal 1: definitions (legal-facts §2.2). Numbering and wording of angka 8, 10–12,
/// 14 and 15 are unverified; their confidence says so.
enum UU21Definitions {
    private static let unverified = ("Nomor dan kata-kata belum diverifikasi dengan Lembaran Negara 2007/58.",
                                     "Numbering and wording not verified against the gazette (LN 2007/58).")

    static let all: [Provision] = [
        .uu21(.uu21Def1, "1", "angka 1", title: ("Perdagangan Orang", "Trafficking in persons"),
              summary: ("Perekrutan, pengangkutan, penampungan, pengiriman, pemindahan atau penerimaan seseorang dengan "
                        + "ancaman kekerasan, penggunaan kekerasan, penculikan, penyekapan, pemalsuan, penipuan, "
                        + "penyalahgunaan kekuasaan atau posisi rentan, penjeratan utang, atau memberi bayaran atau manfaat "
                        + "kepada orang yang memegang kendali, di dalam negara maupun antarnegara, untuk tujuan eksploitasi "
                        + "atau mengakibatkan orang tereksploitasi.",
                        "Recruiting, transporting, harbouring, sending, transferring or receiving a person by threat or use "
                        + "of force, abduction, confinement, falsification, deception, abuse of power or of a position of "
                        + "vulnerability, debt bondage, or payment or benefit to the person in control, within or between "
                        + "countries, for the purpose of exploitation or causing the person to be exploited."),
              source: "Perda DIY 6/2025 Pasal 1; LPSK website code; 123dok Heri Santosa abstract; slideplayer.info/amp/11822622",
              confidence: .high),
        .uu21(.uu21Def2, "1", "angka 2", title: ("Tindak Pidana Perdagangan Orang", "Trafficking offence"),
              summary: ("Setiap perbuatan yang memenuhi unsur tindak pidana dalam undang-undang ini.",
                        "Any act or series of acts meeting the elements of an offence in this law."),
              source: "bimbel.pustakaguru.com (PP 9/2008 Pasal 1 angka 4, same wording)", confidence: .medium),
        .uu21(.uu21Def3, "1", "angka 3", title: ("Korban", "Victim"),
              summary: ("Orang yang mengalami penderitaan psikis, mental, fisik, seksual, ekonomi dan/atau sosial akibat TPPO.",
                        "A person who suffers psychological, mental, physical, sexual, economic and/or social harm caused by trafficking."),
              source: "Perda DIY 6/2025 Pasal 1 angka 2; PP 9/2008 Pasal 1 angka 3 (jdih.kemenkeu.go.id)", confidence: .high),
        .uu21(.uu21Def4, "1", "angka 4", title: ("Setiap Orang", "Every person"),
              summary: ("Orang perseorangan atau korporasi.", "An individual or a corporation."),
              source: "siplawfirm.id; Paul SinlaEloE (scribd 440253034)", confidence: .high),
        .uu21(.uu21Def5, "1", "angka 5", title: ("Anak", "Child"),
              summary: ("Seseorang yang belum berusia 18 tahun, termasuk anak yang masih dalam kandungan.",
                        "Anyone not yet 18, including a child still in the womb."),
              source: "Perda DIY 6/2025 Pasal 1 angka 6; UU 35/2014 definition (bpsdm.kemenkumham.go.id)", confidence: .high,
              caveat: ("Kata-kata: keyakinan tinggi; letaknya di angka 5: keyakinan sedang.",
                       "Wording: high confidence; its place at angka 5: medium.")),
        .uu21(.uu21Def6, "1", "angka 6", title: ("Korporasi", "Corporation"),
              summary: ("Kumpulan orang dan/atau kekayaan yang terorganisasi, berbadan hukum maupun tidak.",
                        "An organized group of persons and/or assets, whether or not a legal entity."),
              source: "siplawfirm.id", confidence: .high),
        .uu21(.uu21Def7, "1", "angka 7", title: ("Eksploitasi", "Exploitation"),
              summary: ("Tindakan dengan atau tanpa persetujuan korban, termasuk tetapi tidak terbatas pada pelacuran, kerja atau "
                        + "pelayanan paksa, perbudakan atau praktik serupa, penindasan, pemerasan, pemanfaatan fisik, seksual, "
                        + "organ reproduksi, memindahkan atau mentransplantasi organ/jaringan tubuh secara melawan hukum, atau "
                        + "memanfaatkan tenaga atau kemampuan seseorang untuk keuntungan pihak lain.",
                        "An act, with or without the victim's consent, including but not limited to prostitution, forced labour "
                        + "or services, slavery or similar practices, oppression, extortion, physical, sexual or reproductive "
                        + "use, unlawful removal or transplant of organs or tissue, or using a person's labour or abilities "
                        + "for another's gain."),
              source: "slideplayer.info/amp/11822622; adoc.pub \"2-untuk-tujuan-eksploitasi\"", confidence: .high),
        .uu21(.uu21Def8, "1", "angka 8", title: ("Eksploitasi Seksual", "Sexual exploitation"),
              summary: ("Pemanfaatan organ seksual atau organ tubuh lain korban untuk keuntungan, termasuk pelacuran dan pencabulan.",
                        "Use of the victim's sexual or other organs for profit, including prostitution and obscene acts."),
              source: "NOT FOUND in available sources", confidence: .low, caveat: unverified),
        .uu21(.uu21Def9, "1", "angka 9", title: ("Perekrutan", "Recruitment"),
              summary: ("Mengajak, mengumpulkan, membawa, atau memisahkan seseorang dari keluarga atau komunitasnya.",
                        "Inviting, gathering, bringing, or separating a person from family or community."),
              source: "slideplayer.info/amp/11822622", confidence: .high),
        .uu21(.uu21Def10, "1", "angka 10", title: ("Pengiriman", "Sending"),
              summary: ("Mengirim atau mengantarkan seseorang dari satu tempat ke tempat lain.",
                        "Sending or delivering a person from one place to another."),
              source: "unverified", confidence: .low, caveat: unverified),
        .uu21(.uu21Def11, "1", "angka 11", title: ("Kekerasan", "Violence"),
              summary: ("Definisi kekerasan; isinya belum diverifikasi.", "Definition of violence; content not verified."),
              source: "unverified", confidence: .low, caveat: unverified),
        .uu21(.uu21Def12, "1", "angka 12", title: ("Ancaman Kekerasan", "Threat of violence"),
              summary: ("Ancaman dengan kata, tulisan, gambar, simbol atau gerak tubuh, dengan atau tanpa sarana elektronik, "
                        + "yang menimbulkan rasa takut atau mengekang kebebasan.",
                        "Threats in words, writing, images, symbols or gestures, with or without electronic means, that "
                        + "cause fear or restrict freedom."),
              source: "unverified", confidence: .low, caveat: unverified),
        .uu21(.uu21Def13, "1", "angka 13", title: ("Restitusi", "Restitution"),
              summary: ("Ganti kerugian yang dibebankan kepada pelaku berdasarkan putusan berkekuatan hukum tetap atas "
                        + "kerugian materiil dan/atau immateriil korban atau ahli warisnya.",
                        "Compensation charged to the perpetrator by a final court decision for the material and/or "
                        + "immaterial loss of the victim or heirs."),
              source: "Perda DIY 6/2025 Pasal 1 angka 13 (same wording)", confidence: .medium),
        .uu21(.uu21Def14, "1", "angka 14", title: ("Rehabilitasi", "Rehabilitation"),
              summary: ("Definisi rehabilitasi; isinya belum diverifikasi.", "Definition of rehabilitation; content not verified."),
              source: "unverified", confidence: .low, caveat: unverified),
        .uu21(.uu21Def15, "1", "angka 15", title: ("Penjeratan Utang", "Debt bondage"),
              summary: ("Menempatkan orang dalam keadaan menjaminkan diri, keluarga, atau jasa pribadinya sebagai pelunasan utang.",
                        "Placing a person in a condition of pledging themselves, their family, or personal services to repay a debt."),
              source: "unverified", confidence: .low, caveat: unverified),
    ]
}
