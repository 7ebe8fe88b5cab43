import Cases
import Plot
import Reporting
import Store

/// What a reporter sees on coming back: the agency's replies and questions, their own messages,
/// what they reported, and a form to answer or add information.
enum ReporterThreadView {
    static func page(_ v: ReporterView, access: String, lang: Lang, usesCookie: Bool, notice: String? = nil,
                     errors: [FieldError] = []) -> HTML {
        PublicLayout.page(lang("Laporan Anda", "Your report"), lang: lang, path: SiteRoute.reportThread.path, [
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .dl(.class("facts"),
                .dt(.text(lang("Nomor laporan", "Report number"))), .dd(.text(v.reference)),
                .dt(.text(lang("Diterima", "Received"))), .dd(.text(String(v.receivedAt.prefix(10)))),
                .dt(.text(lang("Ditangani oleh", "Handled by"))), .dd(.text(v.agencyName)),
                .dt(.text(lang("Keadaan", "Status"))), .dd(.text(lang(v.status.label)))),
            .if(v.awaitingAnswer, .p(.class("notice"), .strong(.text(lang("Petugas menunggu jawaban Anda atas pertanyaan di bawah.",
                                                                          "The officers are waiting for your answer to the question below."))))),
            .h2(.text(lang("Pesan", "Messages"))),
            .if(v.messages.isEmpty, .p(.text(lang("Belum ada balasan. Laporan Anda sedang ditelaah.", "No reply yet. Your report is being reviewed.")))),
            .ol(.class("thread"), .forEach(v.messages) { m in
                .li(.class(m.author == .reporter ? "from-reporter" : (m.kind == .question ? "from-agency question" : "from-agency")),
                    .p(.class("meta"), .text(meta(m, lang: lang))),
                    .p(.class("body"), .text(m.body)))
            }),
            FormViews.errorSummary(errors, lang: lang),
            .form(.method(.post), .action(SiteRoute.reportThread.path), .enctype(.multipartData),
                  .input(.type(.hidden), .name("access"), .value(access)),
                  ReportStepViews.languageField(lang),
                  ReportStepViews.textArea("message", label: v.awaitingAnswer ? lang("Jawaban Anda", "Your answer") : lang("Tambah informasi", "Add information"),
                                           hint: nil, value: "", errors: errors, lang: lang, rows: 5),
                  .div(.class("field"),
                       .label(.attribute(named: "for", value: "f-files"), .text(lang("Lampiran (opsional)", "Attachments (optional)"))),
                       .input(.type(.file), .id("f-files"), .name("files"), .attribute(named: "multiple", value: "multiple"))),
                  .button(.type(.submit), .text(lang("Kirim", "Send")))),
            .h2(.text(lang("Yang Anda laporkan", "What you reported"))),
            ReportSummaryView.answers(v.answers, lang: lang),
            .form(.method(.post), .action(SiteRoute.reportLeave.path), ReportStepViews.languageField(lang),
                  .button(.type(.submit), .class("secondary"),
                          .text(usesCookie ? lang("Tutup dan hapus cookie", "Close and remove the cookie") : lang("Tutup", "Close")))),
        ])
    }

    static func meta(_ m: ReportMessage, lang: Lang) -> String {
        let who: String
        switch (m.author, m.kind) {
        case (.reporter, _): who = lang("Anda", "You")
        case (.agency, .question): who = (m.agencyName ?? lang("Petugas", "Officer")) + lang(" bertanya", " asks")
        case (.agency, _): who = m.agencyName ?? lang("Petugas", "Officer")
        }
        let when = m.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        return "\(who) · \(when)" + (m.attachmentCount > 0 ? " · \(m.attachmentCount) " + lang("lampiran", "attachment(s)") : "")
    }
}
