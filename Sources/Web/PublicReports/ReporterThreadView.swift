import Cases
import Markup
import Reporting
import Store

/// What a reporter sees on coming back: the agency's replies and questions, their own messages,
/// what they reported, and a form to answer or add information.
enum ReporterThreadView {
    static func page(_ v: ReporterView, access: String, lang: Lang, usesCookie: Bool, notice: String? = nil,
                     errors: [FieldError] = []) -> HTML {
        PublicLayout.page(lang("Laporan Anda", "Your report"), lang: lang, path: SiteRoute.reportThread.path, [
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .plain($0)) },
            .dl(.class("facts"),
                .dt(.plain(lang("Nomor laporan", "Report number"))), .dd(.plain(v.reference)),
                .dt(.plain(lang("Diterima", "Received"))), .dd(.plain(String(v.receivedAt.prefix(10)))),
                .dt(.plain(lang("Ditangani oleh", "Handled by"))), .dd(.plain(v.agencyName)),
                .dt(.plain(lang("Keadaan", "Status"))), .dd(.plain(lang(v.status.label)))),
            .if(v.awaitingAnswer, .p(.class("notice"), .strong(.plain(lang("Petugas menunggu jawaban Anda atas pertanyaan di bawah.",
                                                                          "The officers are waiting for your answer to the question below."))))),
            .h2(.plain(lang("Pesan", "Messages"))),
            .if(v.messages.isEmpty, .p(.plain(lang("Belum ada balasan. Laporan Anda sedang ditelaah.", "No reply yet. Your report is being reviewed.")))),
            .ol(.class("thread"), .forEach(v.messages) { m in
                .li(.class(m.author == .reporter ? "from-reporter" : (m.kind == .question ? "from-agency question" : "from-agency")),
                    .p(.class("meta"), .plain(meta(m, lang: lang))),
                    .p(.class("body"), .plain(m.body)))
            }),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.reportThread.path), .enctype(.multipartData),
                  .input(.type(.hidden), .name("access"), .value(access)),
                  ReportStepViews.languageField(lang),
                  ReportStepViews.textArea("message", label: v.awaitingAnswer ? lang("Jawaban Anda", "Your answer") : lang("Tambah informasi", "Add information"),
                                           hint: nil, value: "", errors: errors, lang: lang, rows: 5),
                  .div(.class("field"),
                       .label(.attribute(named: "for", value: "f-files"), .plain(lang("Lampiran (opsional)", "Attachments (optional)"))),
                       ReportStepViews.attachmentHint(lang: lang),
                       .input(.type(.file), .id("f-files"), .name("files"), .attribute(named: "multiple", value: "multiple"),
                              .attribute(named: "aria-describedby", value: "f-files-hint"))),
                  .button(.type(.submit), .plain(lang("Kirim", "Send")))),
            .h2(.plain(lang("Yang Anda laporkan", "What you reported"))),
            ReportSummaryView.answers(v.answers, lang: lang),
            .form(.method(.post), .action(SiteRoute.reportLeave.path), ReportStepViews.languageField(lang),
                  .button(.type(.submit), .class("secondary"),
                          .plain(usesCookie ? lang("Tutup dan hapus cookie", "Close and remove the cookie") : lang("Tutup", "Close")))),
        ])
    }

    static func meta(_ m: ReportMessage, lang: Lang) -> String {
        let who: String
        switch (m.author, m.kind) {
        case (.reporter, _): who = lang("Anda", "You")
        case (.agency, .question): who = (m.agencyName ?? lang("Petugas", "Officer")) + lang(" bertanya", " asks")
        case (.agency, _): who = m.agencyName ?? lang("Petugas", "Officer")
        }
        // The reporter's own zone is not known (nothing about them is kept): Jakarta time, named.
        let when = IndonesianTimeZone.wib.format(m.at)
        return "\(who) · \(when)" + (m.attachmentCount > 0 ? " · \(m.attachmentCount) " + lang("lampiran", "attachment(s)") : "")
    }
}
