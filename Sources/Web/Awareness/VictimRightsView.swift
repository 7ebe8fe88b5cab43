import Law
import Markup

/// `/tppo/hak-korban`: the rights of trafficking victims, UU 21/2007 Pasal 43–55 and the LPSK
/// law, grouped as a victim needs them; each provision from the law engine's table with its date,
/// source and confidence, and what the sources leave open.
enum VictimRightsView {
    static let groups: [(title: (id: String, en: String), provisions: [ProvisionID])] = [
        (("Identitas Anda dirahasiakan", "Your identity is kept confidential"), [.uu21P44, .uu21P24]),
        (("Perlindungan sebagai saksi dan korban (LPSK)", "Protection as a witness and victim (LPSK)"), [.uu21P43, .lpskP5, .lpskP6, .uu21P47, .uu21P45]),
        (("Restitusi: ganti kerugian dari pelaku", "Restitution: the offender pays for the harm"), [.uu21P48, .uu21P49, .uu21P50, .lpskP7A]),
        (("Pemulihan dan pulang ke rumah", "Recovery and going home"), [.uu21P51, .uu21P46, .uu21P52, .uu21P53, .uu21P54a1, .uu21P54a2]),
        (("Korban tidak dihukum", "Victims are not punished"), [.uu21P18, .uu21P55]),
    ]

    static func page(lang: Lang, url: String) -> HTML {
        AwarenessPage.page(.rights, lang: lang, url: url, summary: lang(
            "Hak korban perdagangan orang: identitas dirahasiakan, perlindungan LPSK, restitusi dari pelaku, rehabilitasi, dan pemulangan atas biaya negara.",
            "Trafficking victims' rights: a confidential identity, LPSK protection, restitution from the offender, rehabilitation, and repatriation at state expense."), [
            .p(.class("lead"), .plain(lang(
                "Korban perdagangan orang punya hak menurut UU 21/2007 Pasal 43–55 dan undang-undang perlindungan saksi dan korban. Setiap hak di bawah ini disertai pasalnya, sejak kapan berlaku, sumbernya, dan seberapa yakin sumber itu.",
                "Trafficking victims have rights under UU 21/2007 Pasal 43–55 and the witness and victim protection law. Each right below comes with its article, since when it holds, its source and how sure that source is."))),
            .forEach(groups) { g in
                .section(.class("rights-group"), .h2(.plain(lang(g.title))), .forEach(g.provisions) { ProvisionView.node($0, lang: lang) })
            },
            .p(.plain(lang("Untuk meminta layanan ini, hubungi ", "To ask for these services, contact ")),
               .a(.href(OfferStepViews.localised(SiteRoute.helpNearby().path, lang)), .plain(lang("instansi di provinsi Anda", "the agencies in your province"))),
               .plain(lang(" atau ", " or ")),
               .a(.href(OfferStepViews.localised(SiteRoute.howToReport.path, lang)), .plain(lang("nomor bantuan", "a help line"))), .plain(".")),
        ])
    }
}
