import Cases
import Law
import Markup

/// The screening form: what happened, in the law's own terms, on one page an officer fills in a
/// few minutes. Every question may stay blank: blank means "not known", never "no".
enum ScreeningViews {
    static func options<C: FactCode>(_ type: C.Type, _ lang: Lang) -> [(String, String)] where C.RawValue == String {
        C.allCases.map { ($0.rawValue, lang($0.term.id, $0.term.en)) }
    }

    static func form(_ chrome: Layout.Chrome, caseID: String?, caseNumber: String?, form: FormData?, errors: [FieldError],
                     prefilledFromCase: Bool = false) -> HTML {
        let lang = chrome.lang
        let none = [("none", lang("Tidak ada", "None"))]
        func chosen(_ name: String) -> Set<String> { Set(form?.all(name) ?? []) }
        return Layout.page(lang("Penapisan hukum TPPO", "Legal screening for trafficking"), chrome,
            .p(.plain(lang("Isi yang diketahui saja. Pertanyaan yang dikosongkan dianggap belum diketahui, bukan \"tidak\"; hasilnya akan menyebut fakta yang perlu dipastikan.",
                          "Answer what is known. A blank question counts as not known, not as \"no\"; the result names the facts to establish."))),
            .unwrap(caseNumber) { .p(.strong(.plain(lang("Untuk kasus \($0); hasilnya disimpan bersama kasus.", "For case \($0); the result is kept with the case.")))) },
            .if(prefilledFromCase, .p(.class("hint"), .plain(lang("Tanggal, bentuk eksploitasi dan negara tujuan sudah diisi dari kasus; periksa dan lengkapi. Data korban tidak diambil dari kasus: identitas tetap tersegel.",
                                                                  "The date, forms of exploitation and destination are filled in from the case; check and complete them. Nothing about the victim is taken from the case: identities stay sealed.")))),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.screening(caseID: nil).path), .attribute(named: "novalidate"),
                  Layout.csrfField(chrome.csrf),
                  .unwrap(caseID) { .input(.type(.hidden), .name("kasus"), .value($0)) },
                  FormViews.textField("date", label: lang("Tanggal perbuatan", "Date of the acts"), value: form?["date"], errors: errors, lang: lang, type: .date,
                                      hint: lang("Menentukan hukum yang berlaku (KUHP baru sejak 2 Januari 2026).", "Decides which law applies (new KUHP from 2 January 2026).")),
                  .fieldset(.element(named: "legend", text: lang("Korban", "Victim")),
                      FormViews.textField("victim.age", label: lang("Usia korban saat perbuatan (tahun)", "Victim's age at the time (years)"), value: form?["victim.age"], errors: errors, lang: lang, type: .number),
                      FormViews.select("victim.citizenship", label: lang("Kewarganegaraan", "Citizenship"), options: FormViews.countries(lang),
                                       selected: form?["victim.citizenship"]?.uppercased(), errors: errors, lang: lang),
                      FormViews.select("victim.sex", label: lang("Jenis kelamin", "Sex"), options: options(CaseFacts.Sex.self, lang), selected: form?["victim.sex"], errors: errors, lang: lang),
                      triState("victim.consented", lang("Apakah korban (atau yang menguasainya) menyetujui?", "Did the victim (or whoever controlled them) consent?"), form, errors, lang)),
                  CaseFormView.checkboxes("acts", legend: lang("Perbuatan", "Acts"), options: options(CaseFacts.Act.self, lang) + none, chosen: chosen("acts"), errors: errors, lang: lang),
                  CaseFormView.checkboxes("means", legend: lang("Cara", "Means"), options: options(CaseFacts.Means.self, lang) + none, chosen: chosen("means"), errors: errors, lang: lang),
                  CaseFormView.checkboxes("exploitation.types", legend: lang("Bentuk eksploitasi", "Forms of exploitation"), options: options(CaseFacts.ExploitationType.self, lang),
                                          chosen: chosen("exploitation.types"), errors: errors, lang: lang),
                  FormViews.select("exploitation.status", label: lang("Eksploitasi", "Exploitation"), options: options(CaseFacts.ExploitationStatus.self, lang),
                                   selected: form?["exploitation.status"], errors: errors, lang: lang),
                  .fieldset(.element(named: "legend", text: lang("Perpindahan", "Movement")),
                      FormViews.select("movement.from", label: lang("Dari negara", "From country"), options: FormViews.countries(lang),
                                       selected: form?["movement.from"]?.uppercased(), errors: errors, lang: lang),
                      FormViews.select("movement.to", label: lang("Ke negara", "To country"), options: FormViews.countries(lang),
                                       selected: form?["movement.to"]?.uppercased(), errors: errors, lang: lang)),
                  CaseFormView.checkboxes("harms", legend: lang("Akibat bagi korban", "Consequences for the victim"), options: options(CaseFacts.Harm.self, lang) + none,
                                          chosen: chosen("harms"), errors: errors, lang: lang),
                  .fieldset(.element(named: "legend", text: lang("Pelaku dan keadaan lain", "Perpetrator and other circumstances")),
                      triState("perpetrator.stateOfficialAbusingPower", lang("Pejabat negara menyalahgunakan kekuasaan? (Pasal 8)", "A state official abusing power? (Pasal 8)"), form, errors, lang),
                      triState("perpetrator.corporation", lang("Dilakukan korporasi? (Pasal 13–15)", "Committed by a corporation? (Pasal 13–15)"), form, errors, lang),
                      triState("perpetrator.organizedGroup", lang("Kelompok terorganisasi? (Pasal 16)", "An organised group? (Pasal 16)"), form, errors, lang),
                      triState("adoption.promiseOrPayment", lang("Pengangkatan anak dengan janji atau imbalan? (Pasal 5)", "Adoption of a child with a promise or payment? (Pasal 5)"), form, errors, lang),
                      triState("victimCompelledToOffend", lang("Korban dipaksa pelaku melakukan tindak pidana? (Pasal 18)", "Was the victim compelled to commit an offence? (Pasal 18)"), form, errors, lang),
                      FormViews.select("stage", label: lang("Sejauh mana perbuatan", "How far the conduct went"), options: options(CaseFacts.Stage.self, lang),
                                       selected: form?["stage"], errors: errors, lang: lang)),
                  .button(.type(.submit), .plain(lang("Nilai", "Assess"))))
        )
    }

    /// Yes / no / not known, as radio buttons (not known is the default).
    static func triState(_ name: String, _ question: String, _ form: FormData?, _ errors: [FieldError], _ lang: Lang) -> Node {
        let current = form?[name] ?? ""
        let id = FormViews.fieldID(name)
        let choices = [("ya", lang("Ya", "Yes")), ("tidak", lang("Tidak", "No")), ("", lang("Tidak diketahui", "Not known"))]
        return .fieldset(.id("f-\(id)"), .class("radios"),
            .element(named: "legend", text: question),
            .unwrap(errors.first { $0.field == name }) { .span(.class("error-text"), .plain(lang($0.id, $0.en))) },
            .forEach(Array(choices.enumerated())) { i, c in
                .span(.class("radio"),
                      .input(.type(.radio), .id("\(id)-\(i)"), .name(name), .value(c.0), .checked(current == c.0)),
                      .label(.attribute(named: "for", value: "\(id)-\(i)"), .plain(c.1)))
            })
    }
}
