import Markup
import Store
import Training

/// The certificate of completion (printable on A4) and its public check by code.
enum CertificateView {
    static func page(_ c: TrainingCertificate, studies: Int, checkURL: String, chrome: Layout.Chrome) -> HTML {
        let lang = chrome.lang
        return Layout.page(lang("Sertifikat pelatihan", "Training certificate"), chrome, bodyClass: "certificate", [
            .section(.class("certificate-sheet"),
                .p(.plain(lang("Gugus Tugas PP-TPPO menyatakan bahwa", "The PP-TPPO task force certifies that"))),
                .p(.class("certificate-name"), .plain(c.name)),
                .p(.plain(lang("telah lulus seluruh \(studies) studi kasus \(TrainingWords.text(c.course.title, lang).lowercased()) pelatihan penanganan TPPO di Simpul, masing-masing dengan sedikitnya \(PassRule.minimumScore)% jawaban benar.",
                               "has passed all \(studies) case studies of the \(TrainingWords.text(c.course.title, lang).lowercased()) of Simpul's trafficking training, each with at least \(PassRule.minimumScore)% right."))),
                .dl(.class("facts"),
                    .dt(.plain(lang("Tanggal", "Date"))), .dd(.plain(String(c.issuedAt.prefix(10)))),
                    .dt(.plain(lang("Kode verifikasi", "Verification code"))), .dd(.code(.plain(c.code))),
                    .dt(.plain(lang("Periksa di", "Check at"))), .dd(.plain(checkURL)))),
            .p(.class("no-print"), .a(.href(SiteRoute.trainingProgress.path), .plain(lang("Kemajuan saya", "My progress")))),
        ])
    }

    /// Public: anyone with the code learns the name, the course and the date, nothing else.
    static func check(code: String?, found: TrainingCertificate?, lang: Lang) -> HTML {
        let path = SiteRoute.trainingCertificateCheck().path
        return PublicLayout.page(lang("Periksa sertifikat pelatihan", "Check a training certificate"), lang: lang,
                                 path: code.map { SiteRoute.trainingCertificateCheck(code: $0).path } ?? path,
                                 brand: ("Simpul · Gugus Tugas PP-TPPO", "Simpul · PP-TPPO task force"), [
            .unwrap(code) { _ in
                .unwrap(found, { c in
                    .div(.attribute(named: "role", value: "status"),
                         .dl(.class("facts"),
                             .dt(.plain(lang("Nama", "Name"))), .dd(.plain(c.name)),
                             .dt(.plain(lang("Kursus", "Course"))), .dd(.plain(TrainingWords.text(c.course.title, lang))),
                             .dt(.plain(lang("Tanggal", "Date"))), .dd(.plain(String(c.issuedAt.prefix(10))))))
                }, else: .p(.class("error-text"), .attribute(named: "role", value: "status"),
                            .plain(lang("Tidak ada sertifikat dengan kode itu.", "There is no certificate with that code."))))
            },
            .form(.method(.get), .action(path),
                  .unwrap(lang.isEnglish ? "en" : nil) { .input(.type(.hidden), .name("bahasa"), .value($0)) },
                  FormViews.textField("kode", label: lang("Kode verifikasi (16 huruf dan angka)", "Verification code (16 letters and digits)"),
                                      value: code, errors: [], lang: lang, required: true, autocomplete: "off"),
                  .button(.type(.submit), .plain(lang("Periksa", "Check")))),
        ])
    }
}
