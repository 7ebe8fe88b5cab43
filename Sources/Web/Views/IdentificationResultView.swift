import Law
import Plot

extension IdentificationViews {
    static func result(_ chrome: Layout.Chrome, screening r: IndicatorScreening, prefill: CaseFacts) -> HTML {
        let lang = chrome.lang
        let outcome: String = switch r.outcome {
        case .traffickingIndicated: lang("Indikator perdagangan orang terpenuhi: perlakukan sebagai dugaan korban dan lakukan penapisan hukum.",
                                         "The trafficking indicators are met: treat the person as a presumed victim and screen the facts.")
        case .someDimensionsPositive: lang("Sebagian dimensi positif: gali lebih lanjut.", "Some dimensions are positive: look further.")
        case .noDimensionPositive: lang("Tidak ada dimensi yang positif dari jawaban ini.", "No dimension is positive from these answers.")
        }
        return Layout.page(lang("Hasil identifikasi korban", "Victim identification result"), chrome,
            .p(.strong(.text(outcome))),
            .if(r.child, .p(.text(lang("Anak (di bawah 18 tahun): aturan gabungan untuk anak dipakai; cara (means) tidak diperlukan.",
                                      "A child (under 18): the child combination rule was used; no means are needed.")))),
            .table(.caption(.text(lang("Dimensi ILO–EC", "ILO–EC dimensions"))),
                .thead(.tr(.th(.text(lang("Dimensi", "Dimension"))), .th(.text(lang("Kuat", "Strong"))), .th(.text(lang("Sedang", "Medium"))),
                           .th(.text(lang("Lemah", "Weak"))), .th(.text(lang("Positif", "Positive"))), .th(.text(lang("Karena jawaban", "Because of"))))),
                .tbody(.forEach(r.dimensions) { d in
                    .tr(.td(.text(lang(d.title.id, d.title.en))), .td(.class("num"), .text(String(d.strong))), .td(.class("num"), .text(String(d.medium))),
                        .td(.class("num"), .text(String(d.weak))), .td(.text(d.positive ? lang("ya", "yes") : lang("tidak", "no"))),
                        .td(.ul(.forEach(d.ledBy) { t in .li(.text("\(lang(t.question.id, t.question.en)) → \(lang(t.indicator.id, t.indicator.en)) (\(t.strength.rawValue))")) })))
                })),
            .h2(.text(lang("Indikator kerja paksa ILO", "ILO forced-labour indicators"))),
            r.forcedLabour.isEmpty ? .p(.text(lang("Tidak ada.", "None."))) :
                .ul(.forEach(r.forcedLabour) { f in .li(.text(lang(f.title.id, f.title.en))) }),
            .h2(.text(lang("Catatan", "Caveats"))),
            .ul(.forEach(r.caveats) { .li(.text(lang($0.id, $0.en))) }),
            .form(.method(.post), .action(SiteRoute.screening(caseID: nil).path),
                  Layout.csrfField(chrome.csrf),
                  .input(.type(.hidden), .name("isi"), .value("1")),
                  .forEach(IdentificationController.formFields(prefill)) { f in .input(.type(.hidden), .name(f.0), .value(f.1)) },
                  .button(.type(.submit), .text(lang("Isi penapisan hukum dari jawaban ini", "Prefill the legal screening from these answers"))))
        )
    }
}
