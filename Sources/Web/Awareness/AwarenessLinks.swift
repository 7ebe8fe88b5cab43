import Markup

/// The public pages link to each other: what trafficking is, victims' rights, how to report,
/// where help is, the published warnings, the job-offer checker and the report form.
enum AwarenessLinks {
    enum Page: CaseIterable {
        case trafficking, rights, report, help, warnings, checker, lapor

        var route: SiteRoute {
            switch self {
            case .trafficking: .trafficking
            case .rights: .victimRights
            case .report: .howToReport
            case .help: .helpNearby()
            case .warnings: .publicWarnings
            case .checker: .offerCheck
            case .lapor: .report
            }
        }

        var title: (id: String, en: String) {
            switch self {
            case .trafficking: ("Apa itu perdagangan orang (TPPO)", "What trafficking is")
            case .rights: ("Hak korban", "Victims' rights")
            case .report: ("Cara melapor dan nomor bantuan", "How to report, and help lines")
            case .help: ("Bantuan di provinsi Anda", "Help in your province")
            case .warnings: ("Peringatan resmi Gugus Tugas", "The task force's published warnings")
            case .checker: ("Periksa tawaran kerja ke luar negeri", "Check an offer of work abroad")
            case .lapor: ("Laporkan tanpa menyebut nama", "Report without giving your name")
            }
        }
    }

    static func node(lang: Lang, current: Page?) -> Node {
        .nav(.class("awareness-links"), .attribute(named: "aria-label", value: lang("Informasi TPPO", "About trafficking")),
             .h2(.plain(lang("Baca juga", "See also"))),
             .ul(.class("links"), .forEach(Page.allCases.filter { $0 != current }) { p in
                 .li(.a(.href(OfferStepViews.localised(p.route.path, lang)), .plain(lang(p.title))))
             }))
    }
}
