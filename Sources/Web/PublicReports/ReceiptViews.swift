import Cases
import Markup
import Reporting

/// The receipt code, shown once the report is on disk; the "have you saved it?" step; and the
/// page where a reporter comes back with the code.
enum ReceiptViews {
    static func receiptPage(code: String, reference: String, sealed: String, urgent: Bool, lang: Lang,
                            mismatch: Bool) -> HTML {
        PublicLayout.page(lang("Laporan Anda sudah kami terima", "We have received your report"), lang: lang,
                          path: SiteRoute.report.path, urgent: urgent, [
            .p(.plain(lang("Tulis atau simpan kode tanda terima ini. Hanya dengan kode ini Anda dapat membaca balasan petugas dan menambah informasi. Kode ini tidak bisa kami kirim ulang.",
                           "Write down or save this receipt code. Only with it can you read the officers' replies and add information. We cannot send it again."))),
            .div(.class("receipt"), .attribute(named: "aria-label", value: lang("Kode tanda terima", "Receipt code")),
                 .plain(code)),
            .if(!mismatch,
                .p(.class("hint"), .plain(lang("Nomor laporan untuk petugas: ", "Report number for officers: ") + reference))),
            .if(mismatch, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                               .h2(.plain(lang("Kode yang Anda ketik berbeda", "The code you typed is different"))),
                               .p(.plain(lang("Periksa lagi angka demi angka, lalu ketik ulang.", "Check it digit by digit and type it again."))))),
            .form(.method(.post), .action(SiteRoute.reportConfirm.path),
                  .input(.type(.hidden), .name("sealed"), .value(sealed)),
                  ReportStepViews.languageField(lang),
                  FormViews.textField("code", label: lang("Sudah Anda simpan? Ketik ulang kodenya untuk memastikan", "Saved it? Type the code again to be sure"),
                                      value: nil, errors: [], lang: lang, type: .text, autocomplete: "off", markOptional: false),
                  .button(.type(.submit), .plain(lang("Periksa", "Check")))),
        ])
    }

    struct Variant: Hashable, Sendable {
        let english: Bool, urgent: Bool, mismatch: Bool
    }

    static let markers = ["RCPTCODEMARK", "RCPTREFMARK", "RCPTSEALEDMARK"]

    /// Every variant of the receipt page, rendered once (a static let is built once, safely).
    static let templates: [Variant: PageTemplate] = {
        var all: [Variant: PageTemplate] = [:]
        for english in [false, true] { for urgent in [false, true] { for mismatch in [false, true] {
            let html = receiptPage(code: markers[0], reference: markers[1], sealed: markers[2], urgent: urgent,
                                   lang: Lang(english ? .english : .indonesian), mismatch: mismatch)
            all[Variant(english: english, urgent: urgent, mismatch: mismatch)] = PageTemplate(rendered: html.render(), markers: markers)
        } } }
        return all
    }()

    /// The receipt page as text, from its template.
    static func receipt(code: ReceiptCode, reference: String, sealed: String, urgent: Bool, lang: Lang,
                        mismatch: Bool = false) -> String {
        let variant = Variant(english: lang.isEnglish, urgent: urgent, mismatch: mismatch)
        return templates[variant]!.fill([code.grouped, reference, sealed])
    }

    static func saved(lang: Lang) -> HTML {
        PublicLayout.page(lang("Terima kasih", "Thank you"), lang: lang, path: SiteRoute.report.path, [
            .p(.plain(lang("Kode Anda benar. Simpan di tempat yang aman — jangan di ponsel yang bisa dilihat orang yang Anda laporkan.",
                          "Your code is right. Keep it somewhere safe — not on a phone that the people you reported can see."))),
            .p(.plain(lang("Kembalilah dalam beberapa hari untuk membaca balasan petugas.", "Come back in a few days to read the officers' reply."))),
            .p(.a(.href(SiteRoute.reportReturn.path + (lang.isEnglish ? "?bahasa=en" : "")), .plain(lang("Masukkan kode tanda terima", "Enter a receipt code")))),
        ])
    }

    static func enterCode(lang: Lang, error: String? = nil, status: Int = 200) -> HTML {
        let errors = error.map { [FieldError(field: "code", id: $0, en: $0)] } ?? []
        return PublicLayout.page(lang("Masukkan kode tanda terima", "Enter your receipt code"), lang: lang, path: SiteRoute.reportReturn.path, [
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.reportReturn.path),
                  ReportStepViews.languageField(lang),
                  FormViews.textField("code", label: lang("Kode 16 angka", "16-digit code"), value: nil, errors: errors, lang: lang,
                                      type: .text, hint: lang("Spasi dan tanda hubung boleh.", "Spaces and dashes are fine."),
                                      autocomplete: "off", markOptional: false),
                  .label(.class("check"), .input(.type(.checkbox), .name("stay"), .value("1")),
                         .plain(lang("Tetap terbuka 30 menit di perangkat ini (memakai cookie)", "Stay open for 30 minutes on this device (uses a cookie)"))),
                  .button(.type(.submit), .plain(lang("Buka laporan", "Open report")))),
        ])
    }
}

extension ReceiptViews {
    static func tooMany(minutes: Int, lang: Lang) -> HTML {
        PublicLayout.page(lang("Tunggu sebentar", "Please wait"), lang: lang, path: SiteRoute.report.path, urgent: true, [
            .p(.plain(lang("Terlalu banyak percobaan dari jaringan Anda. Coba lagi dalam \(minutes) menit, atau telepon SAPA 129.",
                          "Too many attempts from your network. Try again in \(minutes) minutes, or call SAPA 129."))),
        ])
    }

    static func unavailable(lang: Lang) -> HTML {
        PublicLayout.page(lang("Layanan belum siap", "Not ready yet"), lang: lang, path: SiteRoute.report.path, urgent: true, [
            .p(.plain(lang("Laporan daring belum dapat diterima. Telepon SAPA 129 atau 110.", "Online reports cannot be taken yet. Call SAPA 129 or 110."))),
        ])
    }
}
