import Markup
import OfferCheck

/// The village head's checklist (UU 18/2017 Pasal 13 huruf b), printable on A4: before
/// acknowledging a family's permission letter, the official asks the same questions the public
/// checker does; a box ticked in the red-flag column says what it means and why.
enum VillageHeadChecklistView {
    static func page(_ c: VillageHeadChecklist, rules: OfferRules, lang: Lang) -> HTML {
        let yesNo = rules.choices.first { $0.set == "yes_no" }
        func answer(_ a: YesNo) -> String { yesNo?.label(a.rawValue).map { lang($0) } ?? a.rawValue }
        return PublicLayout.page(lang("Daftar periksa kepala desa", "The village head's checklist"), lang: lang,
                                 path: SiteRoute.villageHeadChecklist.path, brand: OfferStepViews.brand, bodyClass: "checklist", [
            .p(.class("lead"), .plain(lang("Sebelum mengetahui surat izin keluarga untuk bekerja di luar negeri (UU 18/2017 Pasal 13 huruf b), tanyakan hal-hal ini kepada calon pekerja dan keluarganya. Jawaban di kolom bertanda ⚑ adalah tanda bahaya.",
                                          "Before acknowledging a family's permission letter for work abroad (UU 18/2017 Pasal 13 huruf b), ask the prospective worker and the family these questions. An answer in a column marked ⚑ is a red flag."))),
            .dl(.class("blanks"),
                .dt(.plain(lang("Nama calon pekerja", "Prospective worker"))), .dd(.plain("")),
                .dt(.plain(lang("Desa/kelurahan", "Village"))), .dd(.plain("")),
                .dt(.plain(lang("Tanggal", "Date"))), .dd(.plain(""))),
            .table(.class("checklist"),
                   .caption(.plain(lang("Aturan yang berlaku pada \(DayWords.day(c.day, lang)) (versi \(c.rulesVersion))",
                                        "Rules in force on \(DayWords.day(c.day, lang)) (version \(c.rulesVersion))"))),
                   .thead(.tr(.th(.plain(lang("No.", "No."))), .th(.plain(lang("Pertanyaan", "Question"))),
                              .th(.plain(answer(.yes))), .th(.plain(answer(.no))), .th(.plain(answer(.unknown))),
                              .th(.plain(lang("Bila tanda bahaya: artinya dan dasar hukumnya", "If a red flag: what it means, and its basis"))))),
                   .tbody(.forEach(Array(c.items.enumerated())) { i, item in
                       .tr(.class("sev-" + item.severity.rawValue),
                           .td(.plain(String(i + 1))),
                           .td(.plain(lang(item.question))),
                           .forEach([YesNo.yes, .no, .unknown]) { a in
                               .td(.class("box"), .plain(a == item.redFlagAnswer ? "☐ ⚑" : "☐"))
                           },
                           .td(.strong(.plain(lang(item.title))), .span(.class("explanation"), .plain(" " + lang(item.explanation))),
                               .span(.class("hint"), .plain(item.basis.map { b in
                                   (b.provision == "—" ? b.instrument : "\(b.instrument) \(b.provision)")
                                       + " (" + OfferFlagView.confidence(b.confidence, lang) + ")"
                               }.joined(separator: "; ")))))
                   })),
            .p(.plain(lang("Bila ada tanda bahaya: jangan tanda tangani dulu. Minta keluarga memeriksa izin perusahaan ke KP2MI (0-800-1000) atau LTSA/Disnaker, dan laporkan perekrut yang mencurigakan.",
                          "If there is a red flag: do not sign yet. Ask the family to check the company's licence with KP2MI (0-800-1000) or the LTSA/Disnaker, and report a suspicious recruiter."))),
            .p(.class("no-print"), .a(.href(OfferStepViews.localised(SiteRoute.offerCheck.path, lang)),
                                      .plain(lang("Pemeriksa tawaran kerja untuk calon pekerja", "The job-offer checker for the worker")))),
        ])
    }
}
