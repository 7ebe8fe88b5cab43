import Cases
import Markup
import Store
import Training

/// `/pelatihan/instruktur`: what a cohort (one agency, or every agency) most often misses or
/// chooses wrongly, item by item, with counts and percentages.
enum InstructorView {
    /// Below this many officers the figures are one or two people's answers: said on the page.
    static let fewOfficers = 3

    static func page(_ summary: CohortSummary, agencies: [Agency], chosen: String?, chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        let weak = summary.tallies.filter { $0.missed + $0.extra > 0 }.prefix(40)
        return Layout.page(lang("Pelatihan: titik lemah kelompok", "Training: a cohort's weak points"), chrome, bodyClass: "training", [
            .form(.method(.get), .action(SiteRoute.trainingInstructor().path),
                  FormViews.select("instansi", label: lang("Kelompok (instansi)", "Cohort (agency)"),
                                   options: agencies.map { ($0.id, $0.name) }, selected: chosen, errors: [], lang: lang),
                  .button(.type(.submit), .plain(lang("Tampilkan", "Show")))),
            .p(.plain(lang("\(summary.officers) petugas, \(summary.attempts) percobaan.", "\(summary.officers) officers, \(summary.attempts) attempts."))),
            .if(summary.officers > 0 && summary.officers < fewOfficers,
                .p(.class("hint"), .plain(lang("Sedikit petugas: angka ini menunjukkan jawaban satu-dua orang. Pakai untuk membimbing, bukan untuk menilai.",
                                               "Few officers: these figures show one or two people's answers. Use them to coach, not to assess.")))),
            weak.isEmpty
                ? .p(.plain(lang("Belum ada jawaban yang terlewat atau salah pilih.", "No missed or wrongly chosen answers yet.")))
                : .table(
                    .caption(.plain(lang("Yang paling sering terlewat atau salah pilih", "Most often missed or wrongly chosen"))),
                    .thead(.tr(.th(.plain(lang("Pertanyaan", "Question"))), .th(.plain(lang("Jawaban", "Answer"))),
                               .th(.plain(lang("Benar", "Right"))), .th(.plain(lang("Terlewat", "Missed"))),
                               .th(.plain(lang("Terlewat (%)", "Missed (%)"))), .th(.plain(lang("Salah pilih", "Wrongly chosen"))))),
                    .tbody(.forEach(Array(weak)) { t in
                        .tr(.td(.plain(TrainingWords.text(t.question.legend, lang))), .td(.plain(TrainingWords.option(t.question, t.option, lang))),
                            .td(.plain("\(t.correct)")), .td(.plain("\(t.missed)")), .td(.plain("\(t.missedPercent)%")), .td(.plain("\(t.extra)")))
                    })),
            .p(.a(.href(SiteRoute.training.path), .plain(lang("Studi kasus", "The case studies")))),
        ])
    }
}
