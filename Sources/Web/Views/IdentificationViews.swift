import Cases
import Law
import Markup

enum IdentificationViews {
    static func answerOptions(_ lang: Lang) -> [(String, String)] {
        [("yes", lang("Ya", "Yes")), ("no", lang("Tidak", "No")), ("unsure", lang("Tidak tahu", "Not sure"))]
    }

    static func officerForm(_ chrome: Layout.Chrome, forCase: CaseRecord? = nil) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Identifikasi korban", "Victim identification"), chrome,
            .p(.plain(lang("Pertanyaan berdasarkan indikator operasional ILO–EC tentang perdagangan orang dan 11 indikator kerja paksa ILO. Bacakan dengan bahasa sehari-hari; lewati yang tidak relevan.",
                          "Questions based on the ILO–EC operational indicators of trafficking and the ILO's 11 forced-labour indicators. Read them out in everyday words; skip what does not apply."))),
            .unwrap(forCase) { c in .p(.strong(.plain(lang("Untuk kasus \(c.number): hasilnya dapat mengisi penapisan hukum yang disimpan bersama kasus.",
                                                         "For case \(c.number): the result can fill in a legal screening kept with the case.")))) },
            .p(.a(.href(SiteRoute.identification(privateMode: true).path + (forCase.map { "&kasus=\($0.id)" } ?? "")),
                  .plain(lang("Mode pribadi: serahkan ponsel agar orang itu menjawab sendiri", "Private mode: hand over the phone so the person answers alone")))),
            .form(.method(.post), .action(SiteRoute.identification(privateMode: false).path),
                  Layout.csrfField(chrome.csrf),
                  .unwrap(forCase) { .input(.type(.hidden), .name("kasus"), .value($0.id)) },
                  .fieldset(.element(named: "legend", text: lang("Tentang orang itu", "About the person")),
                      FormViews.textField("age", label: lang("Usia saat kejadian", "Age at the time"), value: nil, errors: [], lang: lang, type: .number),
                      FormViews.select("citizenship", label: lang("Kewarganegaraan", "Citizenship"), options: FormViews.countries(lang), selected: nil, errors: [], lang: lang),
                      FormViews.select("sex", label: lang("Jenis kelamin", "Sex"), options: ScreeningViews.options(CaseFacts.Sex.self, lang), selected: nil, errors: [], lang: lang),
                      FormViews.select("from", label: lang("Dibawa dari negara", "Taken from country"), options: FormViews.countries(lang), selected: nil, errors: [], lang: lang),
                      FormViews.select("to", label: lang("Dibawa ke negara", "Taken to country"), options: FormViews.countries(lang), selected: nil, errors: [], lang: lang)),
                  .forEach(Array(Questionnaire.questions.enumerated())) { i, q in question(q, number: i + 1, lang: lang) },
                  .button(.type(.submit), .plain(lang("Lihat hasil", "See the result"))))
        )
    }

    static func question(_ q: Question, number: Int, lang: Lang) -> Node {
        .fieldset(.class("radios question"),
            .element(named: "legend", text: "\(number). \(lang(q.text.id, q.text.en))"),
            .forEach(Array(answerOptions(lang).enumerated())) { i, o in
                .span(.class("radio"),
                      .input(.type(.radio), .id("q-\(q.id)-\(i)"), .name("q.\(q.id)"), .value(o.0)),
                      .label(.attribute(named: "for", value: "q-\(q.id)-\(i)"), .plain(o.1)))
            })
    }

    /// One question, large, for the person on the officer's phone. Earlier answers ride along
    /// as hidden fields; nothing is stored.
    static func privateQuestion(_ chrome: Layout.Chrome, index: Int, carried: FormData) -> HTML {
        let lang = chrome.lang
        let q = Questionnaire.questions[index]
        let total = Questionnaire.questions.count
        // The answer given before, when the person came back to this question.
        let earlier = carried.value("q.\(q.id)").flatMap(Answer.init(rawValue:))?.rawValue
        let handedOver = Layout.Chrome(lang: lang, signedIn: nil, csrf: chrome.csrf, path: chrome.path)
        return Layout.page(lang("Pertanyaan \(index + 1) dari \(total)", "Question \(index + 1) of \(total)"), handedOver, bodyClass: "private", [
            .element(named: "progress", nodes: [.attribute(named: "max", value: String(total)), .attribute(named: "value", value: String(index)),
                                                .attribute(named: "aria-label", value: lang("Kemajuan", "Progress")), .plain("\(index)/\(total)")]),
            .form(.method(.post), .action(SiteRoute.identification(privateMode: false).path),
                  Layout.csrfField(chrome.csrf),
                  .forEach(carried.fields.sorted { $0.key < $1.key }.filter { ($0.key.hasPrefix("q.") && $0.key != "q.\(q.id)") || $0.key == "kasus" }) { field in
                      .input(.type(.hidden), .name(field.key), .value(field.value.last ?? ""))
                  },
                  .input(.type(.hidden), .name("langkah"), .value(String(index + 1))),
                  .input(.type(.hidden), .name("ditampilkan"), .value(String(index))),
                  .if(earlier != nil, .input(.type(.hidden), .name("sebelumnya"), .value(earlier ?? ""))),
                  .p(.class("big-question"), .plain(lang(q.text.id, q.text.en))),
                  .div(.class("big-answers"),
                       .forEach(answerOptions(lang)) { o in
                           .button(.type(.submit), .name("q.\(q.id)"), .value(o.0),
                                   .if(earlier == o.0, .attribute(named: "aria-pressed", value: "true")),
                                   .if(earlier == o.0, .class("chosen")), .plain(o.1))
                       }),
                  .if(index > 0, .p(.button(.type(.submit), .class("secondary"), .name("mundur"), .value(String(index - 1)),
                                            .plain(lang("← Kembali ke pertanyaan sebelumnya", "← Back to the previous question"))))))
        ])
    }

    static func handBack(_ chrome: Layout.Chrome, carried: FormData) -> HTML {
        let lang = chrome.lang
        let handedOver = Layout.Chrome(lang: lang, signedIn: nil, csrf: chrome.csrf, path: chrome.path)
        return Layout.page(lang("Terima kasih", "Thank you"), handedOver, bodyClass: "private", [
            .p(.class("big-question"), .plain(lang("Jawaban Anda sudah lengkap. Silakan kembalikan ponsel kepada petugas.",
                                                  "Your answers are complete. Please give the phone back to the officer."))),
            .form(.method(.post), .action(SiteRoute.identification(privateMode: false).path),
                  Layout.csrfField(chrome.csrf),
                  .forEach(carried.fields.sorted { $0.key < $1.key }.filter { $0.key.hasPrefix("q.") || $0.key == "kasus" }) { field in
                      .input(.type(.hidden), .name(field.key), .value(field.value.last ?? ""))
                  },
                  .input(.type(.hidden), .name("petugas"), .value("1")),
                  .input(.type(.hidden), .name("langkah"), .value("selesai")),
                  .button(.type(.submit), .plain(lang("Petugas: lihat hasil", "Officer: see the result"))),
                  .p(.button(.type(.submit), .class("secondary"), .name("mundur"), .value(String(Questionnaire.questions.count - 1)),
                             .plain(lang("← Ubah jawaban terakhir", "← Change the last answer")))))
        ])
    }
}
