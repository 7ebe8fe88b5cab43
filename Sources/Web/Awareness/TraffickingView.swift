import Law
import Markup

/// `/tppo`: what trafficking is in plain words, what the law says (from the law engine's table,
/// each provision with its source and what is unsettled), and the signs to look for.
enum TraffickingView {
    static func page(lang: Lang, url: String) -> HTML {
        AwarenessPage.page(.trafficking, lang: lang, url: url, summary: lang(
            "Perdagangan orang: seseorang direkrut atau dibawa dengan tipu daya, ancaman, atau jeratan utang untuk dieksploitasi. Kenali tandanya dan hak korban.",
            "Trafficking: someone recruited or moved by deceit, threats or debt to be exploited. Know the signs and victims' rights."), [
            .p(.class("lead"), .plain(lang(
                "Perdagangan orang terjadi bila seseorang direkrut, dibawa, ditampung, dikirim, dipindahkan, atau diterima — dengan ancaman, kekerasan, penculikan, penyekapan, pemalsuan, penipuan, penyalahgunaan kekuasaan atau kesulitannya, jeratan utang, atau bayaran kepada orang yang menguasainya — untuk dieksploitasi. Untuk anak, cara-cara itu tidak perlu ada.",
                "Trafficking is when someone is recruited, moved, housed, sent, transferred or received — by threats, force, abduction, confinement, forgery, deceit, abuse of power or of their hardship, debt bondage, or payment to whoever controls them — to be exploited. For a child, none of those means is needed."))),
            .h2(.plain(lang("Tanda-tandanya", "The signs"))),
            .p(.plain(lang("Kadang satu tanda saja sudah berarti kerja paksa, kadang perlu beberapa; tidak ada ambang resmi. Tanda-tanda ini adalah 11 indikator kerja paksa ILO (2012).",
                          "Sometimes one sign alone means forced labour, sometimes several are needed; there is no formal threshold. These are the ILO's 11 indicators of forced labour (2012)."))),
            .ul(.forEach(signs) { .li(.plain(lang($0))) }),
            .p(.class("hint"), .plain(lang("Sumber: buklet indikator kerja paksa ILO SAP-FL (2012); keyakinan tinggi.",
                                           "Source: the ILO SAP-FL booklet of forced-labour indicators (2012); high confidence."))),
            .p(.plain(lang("Menerima tawaran kerja ke luar negeri? ", "Offered a job abroad? ")),
               .a(.href(OfferStepViews.localised(SiteRoute.offerCheck.path, lang)), .plain(lang("Periksa tawarannya di sini.", "Check the offer here.")))),
            .h2(.plain(lang("Dipaksa menipu secara daring", "Forced into online scams"))),
            .p(.plain(lang(
                "Banyak orang Indonesia direkrut untuk pekerjaan \"admin\" atau \"layanan pelanggan\" di luar negeri, lalu dipaksa menipu orang lewat internet di kompleks penipuan. Memaksa orang melakukan kejahatan untuk keuntungan pelaku termasuk kerja paksa. OHCHR (Agustus 2023) mencatat sedikitnya 120.000 orang di Myanmar dan 100.000 di Kamboja dalam operasi penipuan daring; Kemlu mencatat 3.703 kasus penipuan daring yang menimpa WNI dari 2020 sampai Maret 2024, sekitar 40% di antaranya perdagangan orang (satu sumber sekunder, keyakinan sedang).",
                "Many Indonesians are recruited for \"admin\" or \"customer service\" jobs abroad and then forced to defraud people online in scam compounds. Forcing people to commit crimes for the trafficker's gain is forced labour. OHCHR (August 2023) counted at least 120,000 people in Myanmar and 100,000 in Cambodia in online-scam operations; the foreign ministry counted 3,703 online-scam cases involving Indonesians from 2020 to March 2024, about 40% of them trafficking (one secondary source, medium confidence)."))),
            .p(.class("unsettled"), .strong(.plain(lang("Belum pasti: ", "Unsettled: "))), .plain(lang(
                "Bunyi definisi eksploitasi dalam UU 21/2007 mencakup hal ini, tetapi putusan pengadilan yang menerapkannya pada perekrutan ke kompleks penipuan belum kami periksa.",
                "The wording of exploitation in UU 21/2007 covers this, but court decisions applying it to recruitment into scam compounds have not been checked."))),
            ProvisionView.node(.uu21P18, lang: lang),
            .h2(.plain(lang("Yang dikatakan hukum", "What the law says"))),
            .forEach([ProvisionID.uu21Def1, .uu21Def7, .uu21Def5, .palermo3c, .uu21P26]) { ProvisionView.node($0, lang: lang) },
            .h2(.plain(lang("Ancaman pidananya sekarang", "The penalty now"))),
            .p(.plain(lang("Sejak 2 Januari 2026 KUHP baru berlaku: Pasal 2 UU 21/2007 dicabut dan isinya pindah ke KUHP Pasal 455. Bagian lain UU 21/2007 tetap berlaku.",
                          "Since 2 January 2026 the new criminal code applies: UU 21/2007 Pasal 2 is revoked and its substance moved to KUHP Pasal 455. The rest of UU 21/2007 stays in force."))),
            .forEach([ProvisionID.kuhp455a1, .uu1of2026VII40]) { ProvisionView.node($0, lang: lang) },
            .p(.class("hint"), .plain(lang("Tanggal berlakunya UU 21/2007 (19 April 2007) berasal dari satu sumber (keyakinan sedang).",
                                           "The day UU 21/2007 took effect (19 April 2007) comes from one source (medium confidence)."))),
        ])
    }

    /// The ILO's 11 indicators of forced labour (legal-facts §4.2), in plain words.
    static let signs: [(id: String, en: String)] = [
        ("Kesulitan atau ketergantungan seseorang dimanfaatkan", "Someone's hardship or dependence is taken advantage of"),
        ("Ditipu tentang pekerjaan, gaji, atau tempat kerja", "Deceived about the job, the pay or the workplace"),
        ("Tidak boleh pergi atau keluar dengan bebas", "Not free to leave or go out"),
        ("Dijauhkan dari keluarga dan orang lain", "Kept away from family and others"),
        ("Kekerasan fisik atau seksual", "Physical or sexual violence"),
        ("Ancaman dan intimidasi, juga terhadap keluarga", "Threats and intimidation, also against family"),
        ("Paspor, KTP, atau dokumen lain ditahan", "Passport, ID card or other papers held"),
        ("Gaji ditahan atau tidak dibayar", "Wages withheld or unpaid"),
        ("Jeratan utang yang terus bertambah", "A debt that keeps growing"),
        ("Kondisi kerja dan tempat tinggal yang buruk", "Abusive working and living conditions"),
        ("Lembur berlebihan", "Excessive overtime"),
    ]
}
