import Cases
import Law
import Markup

extension IdentificationViews {
    /// An indicator's grade in the reader's words.
    static func strength(_ s: IndicatorStrength, _ lang: Lang) -> String {
        switch s {
        case .strong: lang("kuat", "strong")
        case .medium: lang("sedang", "medium")
        case .weak: lang("lemah", "weak")
        }
    }

    static func result(_ chrome: Layout.Chrome, screening r: IndicatorScreening, prefill: CaseFacts, forCase: CaseRecord? = nil) -> HTML {
        let lang = chrome.lang
        let outcome: String = switch r.outcome {
        case .traffickingIndicated: lang("Indikator perdagangan orang terpenuhi: perlakukan sebagai dugaan korban dan lakukan penapisan hukum.",
                                         "The trafficking indicators are met: treat the person as a presumed victim and screen the facts.")
        case .someDimensionsPositive: lang("Sebagian dimensi positif: gali lebih lanjut.", "Some dimensions are positive: look further.")
        case .noDimensionPositive: lang("Tidak ada dimensi yang positif dari jawaban ini.", "No dimension is positive from these answers.")
        }
        return Layout.page(lang("Hasil identifikasi korban", "Victim identification result"), chrome,
            .p(.strong(.plain(outcome))),
            .if(r.child, .p(.plain(lang("Anak (di bawah 18 tahun): aturan gabungan untuk anak dipakai; cara (means) tidak diperlukan.",
                                      "A child (under 18): the child combination rule was used; no means are needed.")))),
            .table(.caption(.plain(lang("Dimensi ILO–EC", "ILO–EC dimensions"))),
                .thead(.tr(.th(.plain(lang("Dimensi", "Dimension"))), .th(.plain(lang("Kuat", "Strong"))), .th(.plain(lang("Sedang", "Medium"))),
                           .th(.plain(lang("Lemah", "Weak"))), .th(.plain(lang("Positif", "Positive"))), .th(.plain(lang("Karena jawaban", "Because of"))))),
                .tbody(.forEach(r.dimensions) { d in
                    .tr(.td(.plain(lang(d.title.id, d.title.en))), .td(.class("num"), .plain(String(d.strong))), .td(.class("num"), .plain(String(d.medium))),
                        .td(.class("num"), .plain(String(d.weak))), .td(.plain(d.positive ? lang("ya", "yes") : lang("tidak", "no"))),
                        .td(.ul(.forEach(d.ledBy) { t in .li(.plain("\(lang(t.question.id, t.question.en)) → \(lang(t.indicator.id, t.indicator.en)) (\(strength(t.strength, lang)))")) })))
                })),
            .h2(.plain(lang("Indikator kerja paksa ILO", "ILO forced-labour indicators"))),
            r.forcedLabour.isEmpty ? .p(.plain(lang("Tidak ada.", "None."))) :
                .ul(.forEach(r.forcedLabour) { f in .li(.plain(lang(f.title.id, f.title.en))) }),
            .h2(.plain(lang("Catatan", "Caveats"))),
            .ul(.forEach(r.caveats) { .li(.plain(lang($0.id, $0.en))) }),
            .form(.method(.post), .action(SiteRoute.screening(caseID: nil).path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("isi"), .value("1")),
                  .unwrap(forCase) { .input(.type(.hidden), .name("kasus"), .value($0.id)) },
                  .forEach(IdentificationController.formFields(prefill)) { f in .input(.type(.hidden), .name(f.0), .value(f.1)) },
                  .button(.type(.submit), .plain(forCase.map { lang("Isi penapisan hukum kasus \($0.number) dari jawaban ini", "Fill in case \($0.number)'s legal screening from these answers") }
                                ?? lang("Isi penapisan hukum dari jawaban ini", "Prefill the legal screening from these answers"))))
        )
    }
}
