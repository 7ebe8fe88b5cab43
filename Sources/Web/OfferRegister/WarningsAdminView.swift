import Cases
import Markup
import OfferCheck

/// `/admin/peringatan`: the warnings in force, each with a way to withdraw it, and the form to
/// publish one. Publishing is the administrator's approval: it asks for the password again.
enum WarningsAdminView {
    static func page(_ chrome: Layout.Chrome, warnings: [PublishedWarning], form: FormData?, errors: [FieldError], today: CalendarDay) -> HTML {
        let lang = chrome.lang
        func field(_ name: String, hint: (String, String)? = nil, type: InputType = .text, required: Bool = false) -> Node {
            FormViews.textField(name, label: lang(label(name)), value: form?[name], errors: errors, lang: lang, type: type,
                                hint: hint.map { lang($0.0, $0.1) }, required: required, autocomplete: "off")
        }
        return Layout.page(lang("Peringatan resmi", "Published warnings"), chrome,
            FormViews.errorSummary(errors, lang: lang, target: { $0.field == Reauthentication.field ? "f-confirm-publish" : "f-\(FormViews.fieldID($0.field))" }),
            .p(.plain(lang("Peringatan tampil di halaman publik ", "Warnings appear on the public page ")),
               .a(.href(SiteRoute.publicWarnings.path), .plain(SiteRoute.publicWarnings.path)),
               .plain(lang(" dan pada hasil pemeriksa tawaran kerja yang cocok dengan nama, nomor SIP3MI, atau teleponnya.",
                           " and on every job-offer check that matches their name, SIP3MI number or phone."))),
            .h2(.plain(lang("Peringatan yang berlaku (\(warnings.count))", "Warnings in force (\(warnings.count))"))),
            .forEach(warnings) { w in
                .section(.class("warning-admin"), .id("warning-\(w.id)"),
                         WarningMatchView.warning(w, lang: lang),
                         .form(.method(.post), .action(SiteRoute.adminWarningWithdraw(w.id).path), .class("record-action"),
                               Layout.csrfField(chrome.csrf),
                               AdminViews.confirmField(errors.filter { $0.field == confirmField(w.id) }
                                   .map { FieldError(field: Reauthentication.field, id: $0.id, en: $0.en) }, lang: lang, suffix: w.id),
                               .button(.type(.submit), .class("secondary"), .plain(lang("Cabut peringatan ini", "Withdraw this warning")))))
            },
            .h2(.id("baru"), .plain(lang("Umumkan peringatan", "Publish a warning"))),
            .form(.method(.post), .action(SiteRoute.adminWarnings.path), .class("record-action"),
                  Layout.csrfField(chrome.csrf),
                  field("name", hint: ("Nama perusahaan, orang, atau akun, seperti akan tampil.", "A company, person or account name, as it will be shown.")),
                  field("licence_number"),
                  field("phone", hint: ("Misalnya 0812 3456 7890 atau +966 50 123 4567.", "For example 0812 3456 7890 or +966 50 123 4567."), type: .tel),
                  field("account", hint: ("Ditampilkan, tidak dicocokkan.", "Shown, not matched.")),
                  ReportStepViews.textArea("legal_basis", label: lang(label("legal_basis")),
                                           hint: lang("Pasal dan fakta yang menjadi dasar, dengan kata-kata Gugus Tugas.", "The provisions and facts it rests on, in the task force's words."),
                                           value: form?["legal_basis"] ?? "", errors: errors, lang: lang, rows: 4),
                  FormViews.textField("published_on", label: lang(label("published_on")), value: form?["published_on"] ?? today.description,
                                      errors: errors, lang: lang, type: .date, required: true),
                  AdminViews.confirmField(errors, lang: lang, suffix: "publish"),
                  .button(.type(.submit), .plain(lang("Setujui dan umumkan", "Approve and publish")))))
    }

    /// The error field of the password asked when withdrawing one warning.
    static func confirmField(_ id: String) -> String { "confirm-\(id)" }

    static func label(_ field: String) -> (id: String, en: String) {
        switch field {
        case "name": ("Nama", "Name")
        case "licence_number": ("Nomor SIP3MI", "SIP3MI number")
        case "phone": ("Telepon atau WhatsApp", "Phone or WhatsApp")
        case "account": ("Rekening bank atau dompet digital", "Bank account or e-wallet")
        case "legal_basis": ("Dasar hukum", "Legal basis")
        case "published_on": ("Tanggal diumumkan", "Date published")
        default: (field, field)
        }
    }
}
